package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chinese first on any server: the bundle never falls back to the server's own locale. */
class ConsoleMessagesTest {

    private Locale serverLocale;

    @BeforeEach
    void anEnglishServer() {
        serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void chineseIsChineseEvenOnAnEnglishServer() {
        assertEquals("订单管理", ConsoleMessages.bundle(Locale.SIMPLIFIED_CHINESE).getString("nav.board"));
        assertEquals("订单管理", ConsoleMessages.bundle(Locale.CHINESE).getString("nav.board"));
    }

    @Test
    void englishIsEnglish() {
        assertEquals("Orders", ConsoleMessages.bundle(Locale.ENGLISH).getString("nav.board"));
    }

    @Test
    void everyKeyOfTheChineseBaseHasAnEnglishText() throws Exception {
        java.util.Properties english = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/console/messages_en.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : ConsoleMessages.bundle(Locale.SIMPLIFIED_CHINESE).keySet()) {
            assertEquals(true, english.containsKey(key), "messages_en.properties lacks " + key);
        }
    }
}

package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** sky-take-out's pay status codes, which the clients read as {@code payStatus} and the console labels. */
class PayStatusTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, UNPAID", "1, PAID", "2, REFUNDED"})
    void theTutorialsCodes(int code, PayStatus status) {
        assertEquals(code, status.code());
    }

    /** The console labels an order's statuses by their codes, in both languages. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"console/messages.properties", "console/messages_en.properties"})
    void theConsoleHasALabelForEveryCode(String bundle) throws IOException {
        Properties labels = new Properties();
        try (Reader in = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        for (PayStatus status : PayStatus.values()) {
            assertTrue(labels.containsKey("detail.pay." + status.code()), status + " in " + bundle);
        }
        for (OrderStatus status : OrderStatus.values()) {
            assertTrue(labels.containsKey("status." + status.code()), status + "'s tab in " + bundle);
            assertTrue(labels.containsKey("row." + status.code()), status + "'s row label in " + bundle);
        }
    }
}

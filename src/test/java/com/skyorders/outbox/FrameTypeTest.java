package com.skyorders.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Frame types are written once in Java and once in the console's script: the two must agree. */
class FrameTypeTest {

    @Test
    void theConsoleScriptNamesTheSameFrameTypesAndUsesNoBareNumbers() throws IOException {
        String script = Files.readString(Path.of("webapp", "static", "console.js"), StandardCharsets.UTF_8);
        Matcher constants = Pattern.compile("const FRAME = \\{ NEW_ORDER: (\\d+), REMINDER: (\\d+) };")
                .matcher(script);
        assertTrue(constants.find(), "console.js declares const FRAME");
        assertEquals(FrameType.NEW_ORDER, Integer.parseInt(constants.group(1)));
        assertEquals(FrameType.REMINDER, Integer.parseInt(constants.group(2)));
        assertFalse(
                Pattern.compile("\\.type\\s*[!=]==?\\s*\\d").matcher(script).find(),
                "frame types are compared by name in console.js, never as bare numbers");
    }

    @Test
    void everyAlertRingsAsOneOfTheNamedFrameTypes() {
        for (AlertType type : AlertType.values()) {
            assertTrue(type.frameType() == FrameType.NEW_ORDER || type.frameType() == FrameType.REMINDER, type.name());
        }
        assertEquals(FrameType.REMINDER, AlertType.REMINDER.frameType());
        assertEquals(FrameType.NEW_ORDER, AlertType.URGENT_NEW_ORDER.frameType());
    }
}

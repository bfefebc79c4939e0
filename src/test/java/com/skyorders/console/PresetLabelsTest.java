package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.order.OrderWorkflowService;
import com.skyorders.order.ReminderService;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every preset reason and reply the console offers has an English label (_preset.jspf prints it outside Chinese). */
class PresetLabelsTest {

    static Stream<String> presets() {
        return Stream.of(
                        OrderWorkflowService.REJECT_REASONS,
                        OrderWorkflowService.CANCEL_REASONS,
                        ReminderService.PRESET_REPLIES)
                .flatMap(java.util.List::stream)
                .distinct();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void hasAnEnglishLabel(String text) {
        ResourceBundle english = ResourceBundle.getBundle("console.messages", Locale.ENGLISH);
        assertTrue(english.containsKey("preset." + text), () -> "messages_en.properties lacks preset." + text);
    }
}

package com.skyorders.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refund that failed waits longer each time, never more than an hour. */
class RefundSenderTest {

    @ParameterizedTest(name = "after {0} failed attempts: wait {1} s")
    @CsvSource({"0, 10", "1, 20", "2, 40", "5, 320", "8, 2560", "9, 3600", "19, 3600", "100, 3600"})
    void backoffDoublesFromTenSecondsUpToAnHour(int attempts, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), RefundSender.backoff(attempts));
    }
}

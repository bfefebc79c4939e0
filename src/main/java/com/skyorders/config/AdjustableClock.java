package com.skyorders.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The system clock plus an offset, so integration tests can move the deployed app's time (rate limits, sweeps)
 * without waiting. App uses it only when {@code sky.testHooks=true} (see TestHooksMXBean).
 */
public final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private final AtomicLong offsetMillis;

    public AdjustableClock(ZoneId zone) {
        this(zone, new AtomicLong());
    }

    private AdjustableClock(ZoneId zone, AtomicLong offsetMillis) {
        this.zone = zone;
        this.offsetMillis = offsetMillis;
    }

    public LongConsumer offsetSetter() {
        return offsetMillis::set;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(other, offsetMillis);
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis.get());
    }
}

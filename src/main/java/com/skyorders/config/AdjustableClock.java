package com.skyorders.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The system clock plus an offset, so integration tests can move the deployed app's time (rate limits, sweeps)
 * without waiting. App uses it, and exposes {@link #offsetSetter()}, only when {@code sky.clock.adjustable=true}.
 */
public final class AdjustableClock extends Clock {

    /** The ServletContext attribute holding a {@link LongConsumer} that sets the offset in milliseconds. */
    public static final String CONTEXT_ATTRIBUTE = "sky.clock.offsetMillis";

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

package com.skyorders;

/**
 * What the integration-test harness may do to a running node, and nothing else: only registered when
 * {@code sky.testHooks=true}, which production never sets. An MXBean because the harness runs in the same JVM but
 * another class loader: JMX hands the calls over by name with plain types, so both sides compile against this one
 * interface instead of casting string-keyed attributes.
 */
public interface TestHooksMXBean {

    /** The ServletContext attribute holding this node's hooks' JMX object name. */
    String OBJECT_NAME_ATTRIBUTE = "com.skyorders.testHooks";

    /** Moves this node's clock {@code offsetMillis} from real time (0 puts it back): rate limits, timeouts. */
    void shiftClock(long offsetMillis);

    /** Runs one timeout sweep now, by name, as Quartz would; returns the rows it changed (-1 if it failed). */
    int runSweep(String name);

    /** Drops every merchant socket on this node, as a restart or a network cut would. */
    void dropMerchantSockets();

    /** Every pass of this node's alert relay fails with an Error for 2 s, as an OutOfMemoryError would. */
    void failAlertRelay();
}

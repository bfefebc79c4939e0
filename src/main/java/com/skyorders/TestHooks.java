package com.skyorders;

import com.skyorders.socket.AlertRelay;
import com.skyorders.socket.MerchantHub;
import com.skyorders.sweep.SweepJob;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.management.JMException;
import javax.management.ObjectName;

/** The test hooks of one node (see {@link TestHooksMXBean}), registered with the platform MBean server. */
final class TestHooks implements TestHooksMXBean {

    private final LongConsumer clockOffset;
    private final List<SweepJob> sweeps;
    private final MerchantHub hub;
    private final AlertRelay relay;
    private final ObjectName name;

    TestHooks(LongConsumer clockOffset, List<SweepJob> sweeps, MerchantHub hub, AlertRelay relay) {
        this.clockOffset = clockOffset;
        this.sweeps = sweeps;
        this.hub = hub;
        this.relay = relay;
        try {
            this.name = new ObjectName("com.skyorders:type=TestHooks,node=" + UUID.randomUUID());
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers; returns the object name for the ServletContext attribute. */
    String register() throws JMException {
        ManagementFactory.getPlatformMBeanServer().registerMBean(this, name);
        return name.toString();
    }

    void unregister() throws JMException {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    }

    @Override
    public void shiftClock(long offsetMillis) {
        clockOffset.accept(offsetMillis);
    }

    @Override
    public int runSweep(String sweep) {
        return sweeps.stream()
                .filter(j -> j.name().equals(sweep))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sweep " + sweep))
                .runNow();
    }

    @Override
    public void dropMerchantSockets() {
        hub.closeAll();
    }

    @Override
    public void failAlertRelay() {
        relay.failPassesFor(Duration.ofSeconds(2));
    }
}

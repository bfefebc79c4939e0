package com.skyorders.socket;

/**
 * The one static seam: the container creates {@link MerchantSocket} instances itself and cannot pass them the hub,
 * so App puts it here at start-up and clears it on shutdown, and the socket's configurator reads it.
 */
public final class MerchantHubHolder {

    private static volatile MerchantHub hub;

    private MerchantHubHolder() {}

    public static void set(MerchantHub value) {
        hub = value;
    }

    public static void clear() {
        hub = null;
    }

    static MerchantHub get() {
        MerchantHub current = hub;
        if (current == null) {
            throw new IllegalStateException("Sky Orders is not started: no merchant hub");
        }
        return current;
    }
}

package com.skyorders.socket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Builds each {@link MerchantSocket} with the hub — the one static seam: the container creates endpoints itself, so
 * App sets the hub here at start-up and clears it on shutdown —, and refuses to upgrade a handshake that arrives without the
 * staff principal the handshake filter sets (defence in depth: the filter already answered 401/403).
 */
public final class MerchantSocketConfigurator extends ServerEndpointConfig.Configurator {

    static final String PRINCIPAL = "sky.principal";

    private static volatile MerchantHub hub;

    public static void use(MerchantHub value) {
        hub = value;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        MerchantHub current = hub;
        if (current == null) {
            throw new IllegalStateException("Sky Orders is not started: no merchant hub");
        }
        return endpointClass.cast(new MerchantSocket(current));
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (request.getUserPrincipal() instanceof StaffSocketPrincipal principal) {
            config.getUserProperties().put(PRINCIPAL, principal);
        } else {
            config.getUserProperties().remove(PRINCIPAL);
        }
    }
}

package com.skyorders.socket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Builds each {@link MerchantSocket} with the hub, and refuses to upgrade a handshake that arrives without the
 * staff principal the handshake filter sets (defence in depth: the filter already answered 401/403).
 */
public final class MerchantSocketConfigurator extends ServerEndpointConfig.Configurator {

    static final String PRINCIPAL = "sky.principal";

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new MerchantSocket(MerchantHubHolder.get()));
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

package com.skyorders.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws/{sid}}: where merchant consoles listen for 来单提醒 and 客户催单. Thin: the handshake was
 * authenticated by the filter, delivery is the relay's; this only registers and unregisters. A console names where
 * its stream starts in the handshake: {@code ?since=<last alert id>&epoch=<its history>}.
 */
@ServerEndpoint(value = "/ws/{sid}", configurator = MerchantSocketConfigurator.class)
public final class MerchantSocket {

    private static final Logger log = LoggerFactory.getLogger(MerchantSocket.class);
    private static final int MAX_SID = 64;
    /** A console that takes no frame for this long is gone (its queue is bounded; the relay waits for it). */
    private static final long SEND_TIMEOUT_MILLIS = 30_000;

    private final MerchantHub hub;

    MerchantSocket(MerchantHub hub) {
        this.hub = hub;
    }

    @OnOpen
    public void open(Session session, EndpointConfig config, @PathParam("sid") String sid) throws IOException {
        Object principal = config.getUserProperties().get(MerchantSocketConfigurator.PRINCIPAL);
        if (!(principal instanceof StaffSocketPrincipal staff)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not authenticated"));
            return;
        }
        session.setMaxIdleTimeout(0);
        session.getUserProperties().put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", 5000L);
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
        String label = sid == null ? "" : sid.substring(0, Math.min(sid.length(), MAX_SID));
        Map<String, List<String>> query = session.getRequestParameterMap();
        hub.open(session, staff, label, Since.parse(first(query.get("since")), first(query.get("epoch"))));
    }

    /** Consoles may send anything (the stock one sends nothing); none of it means anything here. */
    @OnMessage
    public void message(Session session, String text) {}

    @OnClose
    public void close(Session session) {
        hub.closed(session.getId());
    }

    @OnError
    public void error(Session session, Throwable error) {
        if (!(error instanceof IOException)) {
            log.warn("Merchant console {} failed: {}", session.getId(), error.toString());
        }
        hub.closed(session.getId());
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

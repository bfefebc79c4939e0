package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The per-console send queue, against a scripted WebSocket session whose sends complete only when the test says:
 * one send in flight at a time (Tomcat's rule), order kept, and a full queue refuses frames without closing the
 * console (the relay feeds it from the outbox as it drains).
 */
class MerchantConnectionTest {

    /** A session whose async sends wait for {@link #complete()}; it records what was sent and how it closed. */
    private static final class ScriptedSession {
        final List<String> sent = new ArrayList<>();
        final List<SendHandler> pending = new ArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger();
        int maxInFlight;
        CloseReason closed;

        Session session() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
                            pending.add((SendHandler) args[1]);
                        }
                        return null;
                    });
            return (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> remote;
                        case "getId" -> "s1";
                        case "isOpen" -> closed == null;
                        case "close" -> {
                            closed = args == null
                                    ? new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "")
                                    : (CloseReason) args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }

        void complete() {
            SendHandler handler = pending.remove(0);
            inFlight.decrementAndGet();
            handler.onResult(new SendResult());
        }
    }

    private static MerchantConnection connection(ScriptedSession script, int backlog) {
        return new MerchantConnection(
                script.session(),
                new StaffSocketPrincipal(1, "hash"),
                backlog,
                new ConsolePosition(0, 0),
                Instant.now(),
                Runnable::run);
    }

    @Test
    void framesGoOutOneAtATimeInOrder() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = connection(script, 100);
        for (int i = 1; i <= 5; i++) {
            assertTrue(connection.offer("frame-" + i));
        }
        assertEquals(List.of("frame-1"), script.sent, "the next send waits for the previous one");
        while (!script.pending.isEmpty()) {
            script.complete();
        }
        assertEquals(List.of("frame-1", "frame-2", "frame-3", "frame-4", "frame-5"), script.sent);
        assertEquals(1, script.maxInFlight);
    }

    @Test
    void aFullQueueTakesNoMoreFramesUntilItDrainsAndStaysOpen() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = connection(script, 3);
        for (int i = 1; i <= 4; i++) {
            assertTrue(connection.offer("frame-" + i), "one in flight and three queued fit");
        }
        assertFalse(connection.offer("frame-5"), "full: the relay keeps the cursor and comes back");
        assertNull(script.closed, "a slow console is not closed for being slow");
        script.complete();
        assertTrue(connection.offer("frame-5"), "room again after a send completed");
        while (!script.pending.isEmpty()) {
            script.complete();
        }
        assertEquals(List.of("frame-1", "frame-2", "frame-3", "frame-4", "frame-5"), script.sent);
    }

    @Test
    void aFailedSendClosesTheConsole() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = connection(script, 10);
        connection.offer("frame-1");
        connection.offer("frame-2");
        script.pending.remove(0).onResult(new SendResult(new java.io.IOException("peer gone")));
        assertEquals(CloseReason.CloseCodes.GOING_AWAY, script.closed.getCloseCode());
        assertEquals(List.of("frame-1"), script.sent);
    }
}

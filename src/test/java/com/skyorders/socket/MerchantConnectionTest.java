package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-console send queue, against a scripted WebSocket session and a sender pool that runs only when the test
 * says: one drain at a time per console, order kept, one flush per drain, pings between batches, and a full queue
 * refuses frames without closing the console (the relay feeds it from the outbox as it drains).
 */
class MerchantConnectionTest {

    /** A session that records what was sent (pings as "ping", flushes as "flush") and how it closed. */
    private static final class ScriptedSession {
        final List<String> wire = new ArrayList<>();
        final ArrayDeque<Runnable> senders = new ArrayDeque<>();
        boolean failNextSend;
        CloseReason closed;

        Session session() {
            RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                        if (failNextSend) {
                            throw new IOException("peer gone");
                        }
                        switch (method.getName()) {
                            case "sendText" -> wire.add((String) args[0]);
                            case "sendPing" -> wire.add("ping");
                            case "flushBatch" -> wire.add("flush");
                            default -> {}
                        }
                        return null;
                    });
            return (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getBasicRemote" -> remote;
                        case "getId" -> "s1";
                        case "isOpen" -> closed == null;
                        case "close" -> {
                            closed = (CloseReason) args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }

        MerchantConnection connection(int backlog) {
            return new MerchantConnection(
                    session(),
                    new StaffSocketPrincipal(1, "hash"),
                    backlog,
                    new ConsolePosition(0, 0),
                    Instant.now(),
                    senders::add);
        }

        void runSenders() {
            while (!senders.isEmpty()) {
                senders.poll().run();
            }
        }
    }

    @Test
    void framesQueuedBeforeTheSenderRunsGoOutInOrderWithOneFlush() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = script.connection(100);
        for (int i = 1; i <= 3; i++) {
            assertTrue(connection.offer("frame-" + i));
        }
        assertEquals(1, script.senders.size(), "one drain scheduled for the console, however many frames");
        script.runSenders();
        assertEquals(List.of("frame-1", "frame-2", "frame-3", "flush"), script.wire);
        connection.offer("frame-4");
        script.runSenders();
        assertEquals(List.of("frame-1", "frame-2", "frame-3", "flush", "frame-4", "flush"), script.wire);
    }

    @Test
    void aPingGoesOutBetweenBatchesNeverInsideOne() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = script.connection(100);
        connection.offer("frame-1");
        connection.ping();
        connection.offer("frame-2");
        script.runSenders();
        assertEquals(List.of("ping", "frame-1", "frame-2", "flush"), script.wire);
    }

    @Test
    void aFullQueueTakesNoMoreFramesUntilItDrainsAndStaysOpen() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = script.connection(3);
        for (int i = 1; i <= 3; i++) {
            assertTrue(connection.offer("frame-" + i));
        }
        assertFalse(connection.offer("frame-4"), "full: the relay keeps the position and comes back");
        assertEquals(0, connection.room());
        assertNull(script.closed, "a slow console is not closed for being slow");
        script.runSenders();
        assertEquals(3, connection.room());
        assertTrue(connection.offer("frame-4"), "room again after a drain");
        script.runSenders();
        assertEquals(List.of("frame-1", "frame-2", "frame-3", "flush", "frame-4", "flush"), script.wire);
    }

    @Test
    void aFailedSendClosesTheConsoleAndItTakesNoMore() {
        ScriptedSession script = new ScriptedSession();
        MerchantConnection connection = script.connection(10);
        connection.offer("frame-1");
        script.failNextSend = true;
        script.runSenders();
        assertEquals(CloseReason.CloseCodes.GOING_AWAY, script.closed.getCloseCode());
        assertFalse(connection.isOpen());
        assertFalse(connection.offer("frame-2"));
    }
}

package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in check closes the consoles whose sign-in it asked about and found ended — never one that connected
 * while it was asking (its credential was checked at its handshake a moment ago, and the next check asks about it).
 */
class ConsoleSignInCheckTest {

    private final MerchantHub hub = new MerchantHub(Clock.systemUTC(), 10, 8, Duration.ofMinutes(10));
    private final Map<String, CloseReason> closes = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        hub.shutdown();
    }

    @Test
    void aConsoleThatConnectsWhileTheCheckAsksStaysOpen() {
        String early = connect("early-sign-in");
        String[] late = new String[1];
        ConsoleSignInCheck check = new ConsoleSignInCheck(
                hub,
                asked -> {
                    late[0] = connect("late-sign-in"); // connects while the database answers about the others
                    return asked;
                },
                Duration.ofSeconds(5));

        check.check();

        assertEquals(
                Set.of(early, late[0]), openIds(), "the late one was not asked about: its handshake just checked it");
    }

    @Test
    void aConsoleWhoseSignInEndedIsClosedAsSignedOut() throws Exception {
        String ended = connect("ended-sign-in");
        String live = connect("live-sign-in");
        ConsoleSignInCheck check = new ConsoleSignInCheck(hub, asked -> Set.of("live-sign-in"), Duration.ofSeconds(5));

        check.check();

        assertEquals(Set.of(live), openIds());
        CloseReason reason = closeOf(ended);
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, reason.getCloseCode());
        assertEquals(ConsoleSignInCheck.SIGNED_OUT, reason.getReasonPhrase());
        assertNull(closes.get(live));
    }

    private Set<String> openIds() {
        return hub.connections().stream().map(MerchantConnection::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The close frame a console got: the hub sends it from its close pool, so it may take a moment. */
    private CloseReason closeOf(String id) throws InterruptedException {
        for (int i = 0; i < 500 && !closes.containsKey(id); i++) {
            Thread.sleep(10);
        }
        CloseReason reason = closes.get(id);
        assertNotNull(reason, "closed within 5 s");
        return reason;
    }

    /** Registers a console signed in with this token hash; returns its session id. */
    private String connect(String tokenHash) {
        String id = "s" + ids.incrementAndGet();
        Session session = (Session) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getId" -> id;
                        case "isOpen" -> !closes.containsKey(id);
                        case "close" -> {
                            closes.put(id, (CloseReason) args[0]);
                            yield null;
                        }
                        default -> null;
                    };
                });
        hub.open(session, new StaffSocketPrincipal(1, tokenHash), "sid", null);
        return id;
    }
}

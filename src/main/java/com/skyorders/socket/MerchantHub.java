package com.skyorders.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merchant consoles open on this node. Keyed by the WebSocket session's own id, so two consoles that pick the
 * same {@code sid} never replace each other. Delivery itself is the relay's job; the hub keeps the registry, the
 * keep-alive pings, and closes what must close.
 */
public final class MerchantHub {

    private static final Logger log = LoggerFactory.getLogger(MerchantHub.class);
    /** The close reason a console gets when a newer one of the same sign-in pushes it out. */
    static final String TOO_MANY = "too many consoles for one sign-in";

    private final Map<String, MerchantConnection> connections = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int backlogLimit;
    private final int maxPerSignIn;
    /** Where closes run: Tomcat may hold a close frame behind an unfinished send, so the caller must not wait. */
    private final ExecutorService closers = Executors.newFixedThreadPool(2, daemon("sky-ws-close"));

    private final ExecutorService pingers = Executors.newFixedThreadPool(2, daemon("sky-ws-ping"));
    private final ScheduledExecutorService keepAlive =
            Executors.newSingleThreadScheduledExecutor(daemon("sky-ws-keepalive"));
    private volatile AlertRelay relay;

    public MerchantHub(Clock clock, int backlogLimit, int maxPerSignIn, Duration pingInterval) {
        this.clock = clock;
        this.backlogLimit = backlogLimit;
        this.maxPerSignIn = maxPerSignIn;
        keepAlive.scheduleWithFixedDelay(
                this::pingAll, pingInterval.toMillis(), pingInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void attach(AlertRelay relay) {
        this.relay = relay;
    }

    /**
     * Registers an authenticated console where the relay says it starts (after {@code since}, or now). One sign-in
     * holds at most {@code maxPerSignIn} consoles on this node: past it, its oldest closes (1008), since the newest
     * is the tab its user is looking at. Where it starts is asked first (it may read the outbox); the cap is checked
     * under the hub's lock, so two opens at once cannot both slip under it.
     */
    void open(Session session, StaffSocketPrincipal principal, String sid, Since since) {
        AlertRelay current = relay;
        ConsolePosition start = current == null ? new ConsolePosition(0, 0) : current.start(since);
        MerchantConnection connection =
                new MerchantConnection(session, principal, backlogLimit, start, clock.instant(), closers);
        synchronized (this) {
            register(connection, principal, sid);
        }
        if (current != null) {
            current.nudge();
        }
    }

    private void register(MerchantConnection connection, StaffSocketPrincipal principal, String sid) {
        List<MerchantConnection> same = connections.values().stream()
                .filter(c -> c.principal().tokenHash().equals(principal.tokenHash()))
                .sorted(Comparator.comparing(MerchantConnection::openedAt))
                .toList();
        for (MerchantConnection oldest : same.subList(0, Math.max(0, same.size() - maxPerSignIn + 1))) {
            log.info("Merchant console {} closed: its sign-in opened more than {}", oldest.id(), maxPerSignIn);
            oldest.close(CloseReason.CloseCodes.VIOLATED_POLICY, TOO_MANY);
            connections.remove(oldest.id());
        }
        connections.put(connection.id(), connection);
        log.debug(
                "Merchant console {} (sid {}, employee {}) connected; {} open on this node",
                connection.id(),
                sid,
                principal.employeeId(),
                connections.size());
    }

    void closed(String sessionId) {
        if (connections.remove(sessionId) != null) {
            log.debug("Merchant console {} disconnected; {} open on this node", sessionId, connections.size());
        }
    }

    Collection<MerchantConnection> connections() {
        return connections.values();
    }

    public int size() {
        return connections.size();
    }

    /** Closes every console whose credential is no longer live (logout, expiry). */
    void closeWhere(Predicate<MerchantConnection> ended, String reason) {
        for (MerchantConnection connection : List.copyOf(connections.values())) {
            if (ended.test(connection)) {
                connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, reason);
                connections.remove(connection.id());
            }
        }
    }

    /** Closes at once the consoles on this node opened with a credential that just ended (a logout here). */
    public void closeToken(String tokenHash) {
        closeWhere(c -> tokenHash.equals(c.principal().tokenHash()), ConsoleSignInCheck.SIGNED_OUT);
    }

    /** Tests only (via App's test hooks): drop every socket, as a restart or a network cut would. */
    public void closeAll() {
        closeWhere(c -> true, "closed by the server");
    }

    private void pingAll() {
        for (MerchantConnection connection : connections.values()) {
            pingers.execute(connection::ping);
        }
    }

    /** On undeploy: tell every console we are going, and stop our threads. */
    public void shutdown() {
        keepAlive.shutdownNow();
        for (MerchantConnection connection : List.copyOf(connections.values())) {
            connection.close(CloseReason.CloseCodes.GOING_AWAY, "server stopping");
        }
        connections.clear();
        pingers.shutdownNow();
        closers.shutdown();
        try {
            keepAlive.awaitTermination(2, TimeUnit.SECONDS);
            pingers.awaitTermination(2, TimeUnit.SECONDS);
            if (!closers.awaitTermination(3, TimeUnit.SECONDS)) {
                closers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import com.skyorders.config.JdbiFactory;
import com.skyorders.config.JsonFactory;
import com.skyorders.outbox.Alert;
import com.skyorders.outbox.AlertTail;
import com.skyorders.outbox.AlertType;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against a hub of scripted consoles and an outbox in memory: every console gets every alert once, in id
 * order, however the commits interleave. No Tomcat, no database (replays, which read the table, are the ITs' part).
 */
class AlertRelayTest {

    /** Committed alerts; what is not in here is "in flight" (locked), so the tail holds at it. */
    private final TreeMap<Long, Alert> committed = new TreeMap<>();

    private final AlertTail.Source outbox = new AlertTail.Source() {
        @Override
        public List<Alert> after(long position, int limit) {
            synchronized (committed) {
                return committed.tailMap(position, false).values().stream()
                        .limit(limit)
                        .toList();
            }
        }

        @Override
        public List<Alert> between(long from, long to, int limit) {
            synchronized (committed) {
                return committed.subMap(from, true, to, true).values().stream()
                        .limit(limit)
                        .toList();
            }
        }

        @Override
        public AlertTail.GapState probe(long from, long to) {
            return AlertTail.GapState.IN_FLIGHT;
        }
    };

    private final MerchantHub hub = new MerchantHub(Clock.systemUTC(), 1000, Duration.ofMinutes(10));
    private final AlertRelay relay = new AlertRelay(
            JdbiFactory.create(noDatabase()),
            AlertTail.over(outbox, System::nanoTime, 1, 0, AlertTail.Timing.standard(Duration.ofMillis(20))),
            hub,
            JsonFactory.create(),
            Clock.systemUTC(),
            Duration.ofMillis(20));

    @AfterEach
    void stop() {
        relay.stop();
        hub.shutdown();
    }

    @Test
    void everyConsoleGetsEveryAlertOnceInIdOrderWhateverTheCommitOrder() throws Exception {
        List<List<Long>> received = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Long> frames = Collections.synchronizedList(new ArrayList<>());
            received.add(frames);
            hub.open(session("c" + i, frames), new StaffSocketPrincipal(1, "hash"), "c" + i, 0L);
        }
        relay.start();
        // Commits arrive 2, 1, 4, 3, 5: ids are taken in one order and committed in another.
        for (long id : new long[] {2, 1, 4, 3, 5}) {
            commit(id);
            relay.committed(alert(id));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (received.stream().anyMatch(r -> r.size() < 5) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100); // and nothing more comes
        for (List<Long> frames : received) {
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.copyOf(frames));
        }
    }

    @Test
    void aConsoleThatAskedForSinceStartsThere() throws Exception {
        for (long id = 1; id <= 3; id++) {
            commit(id);
        }
        relay.start();
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        Thread.sleep(100); // the relay has passed 1..3 before this console connects
        hub.open(session("late", frames), new StaffSocketPrincipal(1, "hash"), "late", 3L);
        commit(4);
        relay.committed(alert(4));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (frames.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertEquals(List.of(4L), List.copyOf(frames));
    }

    private void commit(long id) {
        synchronized (committed) {
            committed.put(id, alert(id));
        }
    }

    private static Alert alert(long id) {
        return new Alert(
                id,
                AlertType.REMINDER.code(),
                100 + id,
                "N" + id,
                "订单号：N" + id,
                "{}",
                LocalDateTime.of(2026, 12, 2, 12, 0),
                null);
    }

    /** A console whose sends complete at once, recording each frame's alert id. */
    private static Session session(String id, List<Long> frames) {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                AlertRelayTest.class.getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        frames.add(JsonParser.parseString((String) args[0])
                                .getAsJsonObject()
                                .get("id")
                                .getAsLong());
                        ((SendHandler) args[1]).onResult(new SendResult());
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(
                AlertRelayTest.class.getClassLoader(),
                new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "getId" -> id;
                    case "isOpen" -> true;
                    default -> null;
                });
    }

    /** Replays would read the table; these cases never replay, and a read would fail loudly. */
    private static DataSource noDatabase() {
        return (DataSource) Proxy.newProxyInstance(
                AlertRelayTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("no database in this test");
                });
    }
}

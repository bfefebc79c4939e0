package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An alert whose transaction commits after a later one was raised (review round 3, A2–A4): every console still gets
 * it, once, in the order every other console gets it — on a server counting ids in twos, after the console's node
 * restarts, and after the console reconnects with the {@code since} it last saw.
 */
@ExtendWith(SkyOrders.class)
class AlertCommitOrderIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String staffToken;

    AlertCommitOrderIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void login() {
        staffToken = shop.staffToken();
    }

    @Test
    void anAlertCommittedLateByAnotherWriterOnAServerCountingInTwosIsDelivered() throws Exception {
        // Node B's sessions count in twos from 1, as one primary of a two-primary pair does.
        String stepTwo = server.database().jdbcUrl() + "&sessionVariables=auto_increment_increment=2";
        try (TestServer.Node nodeB = server.startSecondNode(Map.of("sky.db.url", stepTwo));
                Console console = Console.connect(nodeB.baseUrl(), "step-2", "token=" + staffToken, Map.of());
                Connection other = server.database().dataSource().getConnection()) {
            Thread.sleep(1000); // anchored
            Customer customer = shop.newCustomer();
            List<Long> orders = shop.idsOf(shop.insertOrders(customer, 2, 2));
            try (Statement session = other.createStatement()) {
                // The other primary: it fills the even ids.
                session.execute("SET SESSION auto_increment_increment = 2, auto_increment_offset = 2");
            }
            other.setAutoCommit(false);
            Shop.raiseAlertIn(other, orders.get(0));
            CompletableFuture<Integer> reminder = remind(customer, orders.get(1));
            Thread.sleep(1500);
            other.commit();
            assertEquals(200, reminder.get());
            List<JsonObject> frames = console.await(2, WAIT);
            frames.addAll(console.drain(Duration.ofMillis(800)));
            assertEquals(alertIdsOf(orders), ids(frames), "both, once, in outbox order");
        }
    }

    @Test
    void aConsoleOfANodeRestartedWhileAnAlertWasUncommittedGetsItAfterReconnecting() throws Exception {
        assertLateAlertReachesAReconnectingConsole(true);
    }

    @Test
    void aConsoleReconnectingWithTheSinceItLastSawGetsAnAlertThatCommittedLate() throws Exception {
        assertLateAlertReachesAReconnectingConsole(false);
    }

    /**
     * One alert's transaction stays open while three reminders are raised; a console on node B listens, goes away
     * (its node restarted, or only the socket), the open transaction commits, and the console comes back with the
     * since it last saw. Across both sockets it gets all four alerts, each once, in outbox order.
     */
    private void assertLateAlertReachesAReconnectingConsole(boolean restartNode) throws Exception {
        Customer customer = shop.newCustomer();
        List<Long> orders = shop.idsOf(shop.insertOrders(customer, 4, 2));
        List<JsonObject> frames = new ArrayList<>();
        long since = currentAlertId();
        TestServer.Node node = server.startSecondNode();
        try (Connection slow = server.database().dataSource().getConnection()) {
            try (Console console = Console.connect(node.baseUrl(), "late", query(since), Map.of())) {
                slow.setAutoCommit(false);
                Shop.raiseAlertIn(slow, orders.get(0));
                List<CompletableFuture<Integer>> reminders = new ArrayList<>();
                for (long order : orders.subList(1, 4)) {
                    reminders.add(remind(customer, order));
                }
                frames.addAll(console.drain(Duration.ofMillis(2500)));
                if (restartNode) {
                    node.close();
                    node = server.startSecondNode();
                }
                slow.commit();
                for (CompletableFuture<Integer> reminder : reminders) {
                    assertEquals(200, reminder.get());
                }
                Thread.sleep(500); // the console comes back a little later, as a browser's backoff would
            }
            long lastSeen = frames.isEmpty() ? since : ids(frames).get(frames.size() - 1);
            try (Console again = Console.connect(node.baseUrl(), "late", query(lastSeen), Map.of())) {
                frames.addAll(again.await(4 - frames.size(), WAIT));
                frames.addAll(again.drain(Duration.ofMillis(800)));
            }
            assertEquals(alertIdsOf(orders), ids(frames), "all four, each once, in outbox order");
        } finally {
            node.close();
        }
    }

    private String query(long since) {
        return "token=" + staffToken + "&since=" + since;
    }

    private CompletableFuture<Integer> remind(Customer customer, long orderId) {
        return CompletableFuture.supplyAsync(() ->
                api.get("/user/order/reminder/" + orderId, customer.auth()).status());
    }

    private List<Long> alertIdsOf(List<Long> orders) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT id FROM alert WHERE order_id IN (<orders>) ORDER BY id")
                        .bindList("orders", orders)
                        .mapTo(Long.class)
                        .list());
    }

    private long currentAlertId() {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM alert")
                        .mapTo(Long.class)
                        .one());
    }

    private static List<Long> ids(List<JsonObject> frames) {
        return frames.stream().map(f -> f.get("id").getAsLong()).toList();
    }
}

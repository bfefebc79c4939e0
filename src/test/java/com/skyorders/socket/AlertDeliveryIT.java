package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Never lost, never twice, always in outbox order: replay with since, and many consoles under load. */
@ExtendWith(SkyOrders.class)
class AlertDeliveryIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String staffToken;

    AlertDeliveryIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void login() {
        staffToken = shop.staffToken();
    }

    @Test
    void aConsoleThatReconnectsWithSinceGetsEveryMissedAlertOnce() throws Exception {
        long lastSeen;
        try (Console console = Console.withToken(server, staffToken, "reconnect")) {
            long id = shop.placePaidOrder(shop.newCustomer());
            JsonObject frame = console.next(Duration.ofSeconds(5));
            assertEquals(id, frame.get("orderId").getAsLong());
            lastSeen = frame.get("id").getAsLong();
        }
        List<Long> raised = raisePaidOrders(100);
        try (Console console = Console.connect(
                server.baseUrl(), "reconnect", "token=" + staffToken + "&since=" + lastSeen, java.util.Map.of())) {
            List<JsonObject> frames = console.await(100, Duration.ofSeconds(10));
            frames.addAll(console.drain(Duration.ofMillis(1500)));
            assertEquals(
                    raised,
                    frames.stream().map(f -> f.get("orderId").getAsLong()).toList());
            assertAscendingIds(frames);
            long live = shop.placePaidOrder(shop.newCustomer());
            assertEquals(
                    live, console.next(Duration.ofSeconds(5)).get("orderId").getAsLong(), "then the live stream");
        }
    }

    @Test
    void fiftyConsolesEachGetTwoThousandAlertsOnceInOrder() throws Exception {
        int logMark = server.logs().mark();
        List<Console> consoles = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                // Fifty screens, fifty sign-ins: one sign-in holds at most sky.ws.maxPerSignIn sockets.
                consoles.add(Console.withToken(server, shop.staffToken(), "load-" + i));
            }
            Customer customer = shop.newCustomer();
            List<String> unpaid = shop.insertOrders(customer, 1000, 1);
            List<String> paid = shop.insertOrders(customer, 1000, 2);
            List<Long> paidIds = shop.idsOf(paid);
            ExecutorService callers = Executors.newFixedThreadPool(64);
            try {
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    String number = unpaid.get(i);
                    long remindId = paidIds.get(i);
                    calls.add(callers.submit(() -> shop.pay(customer, number).status()));
                    calls.add(callers.submit(() -> api.get("/user/order/reminder/" + remindId, customer.auth())
                            .status()));
                }
                for (Future<Integer> call : calls) {
                    assertEquals(200, call.get());
                }
            } finally {
                callers.shutdownNow();
            }
            List<Long> outbox = server.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "SELECT id FROM alert WHERE order_id IN (SELECT id FROM orders WHERE user_id = :u) ORDER BY id")
                            .bind("u", customer.id())
                            .mapTo(Long.class)
                            .list());
            assertEquals(2000, outbox.size());
            List<List<Long>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); // one minute for all fifty
            for (Console console : consoles) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                List<JsonObject> frames = console.await(2000, left);
                frames.addAll(console.drain(Duration.ofMillis(300)));
                received.add(frames.stream().map(f -> f.get("id").getAsLong()).toList());
            }
            for (int i = 0; i < consoles.size(); i++) {
                int failing = i;
                assertEquals(outbox, received.get(i), () -> describe(consoles, received, failing));
            }
        } finally {
            for (Console console : consoles) {
                console.close();
            }
        }
        List<String> errors = server.logs().messagesSince(logMark).stream()
                .filter(m -> m.startsWith("SEVERE"))
                .toList();
        assertTrue(errors.isEmpty(), () -> "server logged errors: " + errors);
    }

    @Test
    void anAlertWhoseTransactionCommitsLateHoldsTheNextOneBackAndBothComeOnceInOrder() throws Exception {
        Customer customer = shop.newCustomer();
        List<Long> orders = shop.idsOf(shop.insertOrders(customer, 2, 2));
        try (Console console = Console.withToken(server, staffToken, "late-commit");
                java.sql.Connection slow = server.database().dataSource().getConnection()) {
            slow.setAutoCommit(false);
            long early = Shop.raiseAlertIn(slow, orders.get(0));
            CompletableFuture<Integer> reminder = CompletableFuture.supplyAsync(
                    () -> api.get("/user/order/reminder/" + orders.get(1), customer.auth())
                            .status());
            assertTrue(console.drain(Duration.ofMillis(1500)).isEmpty(), "nothing committed yet");
            slow.commit();
            assertEquals(200, reminder.get());
            List<JsonObject> frames = console.await(2, Duration.ofSeconds(5));
            frames.addAll(console.drain(Duration.ofMillis(800)));
            assertEquals(
                    List.of(early, early + 1),
                    frames.stream().map(f -> f.get("id").getAsLong()).toList(),
                    "the reminder took the next id once the first had committed");
        }
    }

    @Test
    void anAlertWhoseTransactionRollsBackHandsItsIdToTheNextOne() throws Exception {
        Customer customer = shop.newCustomer();
        List<Long> orders = shop.idsOf(shop.insertOrders(customer, 2, 2));
        try (Console console = Console.withToken(server, staffToken, "rolled-back");
                java.sql.Connection slow = server.database().dataSource().getConnection()) {
            slow.setAutoCommit(false);
            long taken = Shop.raiseAlertIn(slow, orders.get(0));
            CompletableFuture<Integer> reminder = CompletableFuture.supplyAsync(
                    () -> api.get("/user/order/reminder/" + orders.get(1), customer.auth())
                            .status());
            Thread.sleep(300);
            slow.rollback();
            assertEquals(200, reminder.get());
            JsonObject frame = console.next(Duration.ofSeconds(3));
            assertEquals(orders.get(1), frame.get("orderId").getAsLong());
            assertEquals(taken, frame.get("id").getAsLong(), "no gap: the id rolled back is the reminder's");
            assertTrue(console.drain(Duration.ofMillis(800)).isEmpty());
        }
    }

    /** Which consoles fell short, and whether the server closed them: what a failure needs to be diagnosed. */
    private static String describe(List<Console> consoles, List<List<Long>> received, int failing) {
        StringBuilder summary = new StringBuilder("console " + failing + ": every alert, once, in outbox order;");
        for (int i = 0; i < consoles.size(); i++) {
            if (received.get(i).size() != 2000) {
                summary.append(" [console ")
                        .append(i)
                        .append(": ")
                        .append(received.get(i).size())
                        .append(" frames, ")
                        .append(
                                consoles.get(i).isOpen()
                                        ? "open"
                                        : "closed " + consoles.get(i).closeReason())
                        .append(']');
            }
        }
        return summary.append(relayThreads()).toString();
    }

    /** The server runs in this JVM: where its relay and socket threads stand when a console fell short. */
    private static String relayThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("sky-")) {
                dump.append("\n").append(thread.getName()).append(' ').append(thread.getState());
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    dump.append("\n    at ").append(stack[i]);
                }
            }
        });
        return dump.toString();
    }

    private List<Long> raisePaidOrders(int count) {
        Customer customer = shop.newCustomer();
        List<String> numbers = shop.insertOrders(customer, count, 1);
        for (String number : numbers) {
            assertEquals(200, shop.pay(customer, number).status());
        }
        return shop.idsOf(numbers);
    }

    private static void assertAscendingIds(List<JsonObject> frames) {
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).get("id").getAsLong()
                    > frames.get(i - 1).get("id").getAsLong());
        }
    }
}

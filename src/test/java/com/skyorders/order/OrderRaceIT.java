package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.config.JdbiFactory;
import com.skyorders.testing.Api;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent moves on one order: exactly one wins, every other gets 409, and the row stays consistent. */
@ExtendWith(SkyOrders.class)
class OrderRaceIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private final Jdbi sweepSide;
    private final ExecutorService pool = Executors.newFixedThreadPool(50);

    OrderRaceIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
        this.sweepSide = JdbiFactory.create(server.database().dataSource());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * From 待接单, confirming, the customer's cancellation and paying again exclude each other: whichever lands first
     * wins and the rest find the order moved on.
     */
    @Test
    void fiftyThreadsConfirmCancelAndPayOneOrderAndExactlyOneWins() throws Exception {
        String[] staff = shop.staff();
        for (int round = 0; round < 3; round++) {
            Customer customer = shop.newCustomer();
            JsonObject order = shop.placeOrder(customer);
            long id = order.get("id").getAsLong();
            String number = order.get("orderNumber").getAsString();
            assertEquals(200, shop.pay(customer, number).status());
            List<Supplier<Integer>> moves = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                moves.add(
                        switch (i % 3) {
                            case 0 -> () -> shop.pay(customer, number).status();
                            case 1 ->
                                () -> api.put("/user/order/cancel/" + id, "", customer.auth())
                                        .status();
                            default ->
                                () -> api.put("/admin/order/confirm", "{\"id\":" + id + "}", staff)
                                        .status();
                        });
            }
            Map<Integer, Long> statuses = race(moves);
            assertEquals(1L, statuses.get(200), () -> "winners " + statuses);
            assertEquals(49L, statuses.get(409), () -> "losers " + statuses);
            int status = shop.status(id);
            assertTrue(status == 3 || status == 6, "status " + status);
            assertConsistent(id);
        }
    }

    @Test
    void fiftyStaffConfirmAtOnceAndOneWins() throws Exception {
        String[] staff = shop.staff();
        long id = shop.placePaidOrder(shop.newCustomer());
        List<Supplier<Integer>> moves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            moves.add(() -> api.put("/admin/order/confirm", "{\"id\":" + id + "}", staff)
                    .status());
        }
        Map<Integer, Long> statuses = race(moves);
        assertEquals(1L, statuses.get(200), statuses::toString);
        assertEquals(49L, statuses.get(409), statuses::toString);
        assertEquals(3, shop.status(id));
    }

    /**
     * At the pay deadline, the payment races the timeout cancellation: the sweep's own conditional statement
     * (status 1 and past the deadline → 6), run straight against the database. Exactly one of them changes the row.
     */
    @Test
    void aPaymentRacingTheTimeoutCancellationAtTheDeadlineHasOneWinner() throws Exception {
        for (int round = 0; round < 30; round++) {
            Customer customer = shop.newCustomer();
            JsonObject order = shop.placeOrder(customer);
            long id = order.get("id").getAsLong();
            server.jdbi()
                    .useHandle(h -> h.execute(
                            "UPDATE orders SET order_time = order_time - INTERVAL 15 MINUTE + INTERVAL 1 SECOND WHERE id = ?",
                            id));
            java.time.LocalDateTime deadline = server.jdbi()
                    .withHandle(h -> h.createQuery("SELECT order_time + INTERVAL 15 MINUTE FROM orders WHERE id = :id")
                            .bind("id", id)
                            .mapTo(java.time.LocalDateTime.class)
                            .one());
            Map<Integer, Long> statuses = race(List.of(
                    () -> shop.pay(customer, order.get("orderNumber").getAsString())
                            .status(),
                    // as the sweep job runs it: a transaction, run again if InnoDB picks it as a deadlock's victim
                    () -> sweepSide.inTransaction(h -> h.createUpdate("UPDATE orders SET status = 6, "
                                                    + "cancel_reason = '订单超时，自动取消', cancel_time = :now "
                                                    + "WHERE id = :id AND status = 1 AND order_time < :cutoff")
                                            .bind("id", id)
                                            .bind("now", deadline)
                                            .bind(
                                                    "cutoff",
                                                    deadline.minusMinutes(15).plusSeconds(2))
                                            .execute())
                                    == 1
                            ? 200
                            : 409));
            assertEquals(1L, statuses.getOrDefault(200, 0L), () -> "winners " + statuses);
            assertConsistent(id);
        }
    }

    /**
     * A reminder that had to wait for the order's lock must count what committed while it waited: another reminder
     * recorded by the lock's holder makes it "too frequent", never a second alert.
     */
    @Test
    void aReminderThatWaitedForTheOrderLockCountsTheReminderCommittedMeanwhile() throws Exception {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        try (Handle holder = server.jdbi().open()) {
            holder.begin();
            holder.execute("SELECT id FROM orders WHERE id = ? FOR UPDATE", id);
            holder.execute(
                    "INSERT INTO order_reminder (order_id, user_id, reminded_at) VALUES (?, ?, ?)",
                    id,
                    customer.id(),
                    LocalDateTime.now(ZoneId.of("Asia/Shanghai"))); // the shop's wall clock, as the app keeps it
            Future<Integer> waiting = pool.submit(
                    () -> api.get("/user/order/reminder/" + id, customer.auth()).status());
            Thread.sleep(500); // the reminder is now blocked on the order's row lock
            assertFalse(waiting.isDone(), "the reminder did not wait for the lock");
            holder.commit();
            assertEquals(429, waiting.get(10, TimeUnit.SECONDS));
        }
        Integer reminders = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM order_reminder WHERE order_id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(1, reminders);
    }

    private Map<Integer, Long> race(List<Supplier<Integer>> moves) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Supplier<Integer> move : moves) {
            results.add(pool.submit(() -> {
                start.await();
                return move.get();
            }));
        }
        start.countDown();
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (Future<Integer> result : results) {
            counts.merge(result.get(), 1L, Long::sum);
        }
        return counts;
    }

    /** Paid orders (待接单, 已接单) carry a checkout time; cancelled ones are unpaid or refunded exactly once. */
    private void assertConsistent(long id) {
        server.jdbi().useHandle(h -> {
            Map<String, Object> row = h.createQuery(
                            "SELECT status, pay_status, checkout_time, cancel_time, "
                                    + "(SELECT COUNT(*) FROM refund r WHERE r.order_id = o.id) AS refunds FROM orders o WHERE id = :id")
                    .bind("id", id)
                    .mapToMap()
                    .one();
            int status = ((Number) row.get("status")).intValue();
            int payStatus = ((Number) row.get("pay_status")).intValue();
            long refunds = ((Number) row.get("refunds")).longValue();
            if (status == 2 || status == 3) {
                assertEquals(1, payStatus, row::toString);
                assertTrue(row.get("checkout_time") != null && row.get("cancel_time") == null, row::toString);
                assertEquals(0, refunds);
            } else {
                assertEquals(6, status, row::toString);
                assertTrue(row.get("cancel_time") != null, row::toString);
                assertEquals(payStatus == 2 ? 1 : 0, refunds, row::toString);
                assertTrue(payStatus == 0 || payStatus == 2, row::toString);
            }
        });
    }
}

package com.skyorders.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The timeout sweeps, run inside the deployed WAR with its clock moved instead of waiting. */
@ExtendWith(SkyOrders.class)
class SweepIT {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    SweepIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void anOverdueUnpaidOrderIsCancelledWithTheExactReason() {
        long id = shop.placeOrder(shop.newCustomer()).get("id").getAsLong();
        server.shiftClock(Duration.ofMinutes(15).plusSeconds(2));
        assertEquals(1, server.runSweep("cancelUnpaidOrders"));
        Map<String, Object> row = row(id);
        assertEquals(6, ((Number) row.get("status")).intValue());
        assertEquals("订单超时，自动取消", row.get("cancel_reason"));
        assertNotNull(row.get("cancel_time"));
        assertEquals(0, server.runSweep("cancelUnpaidOrders"), "idempotent");
    }

    @Test
    void oneMinuteShortItIsUntouched() {
        long id = shop.placeOrder(shop.newCustomer()).get("id").getAsLong();
        long paid = shop.placePaidOrder(shop.newCustomer());
        server.shiftClock(Duration.ofMinutes(14));
        assertEquals(0, server.runSweep("cancelUnpaidOrders"));
        assertEquals(1, shop.status(id));
        server.shiftClock(Duration.ofMinutes(60));
        assertEquals(1, server.runSweep("cancelUnpaidOrders"));
        assertEquals(2, shop.status(paid), "a paid order is never cancelled by the sweep");
    }

    @Test
    void aPaymentAndTheSweepAtTheDeadlineNeverBothWin() throws Exception {
        Customer customer = shop.newCustomer();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int paidWins = 0;
        int sweepWins = 0;
        int neither = 0;
        try {
            for (int round = 0; round < 200; round++) {
                List<String> numbers = shop.insertOrders(customer, 1, 1);
                String number = numbers.get(0);
                long id = shop.idsOf(numbers).get(0);
                LocalDateTime orderTime = orderTime(id);
                // Put the app's clock right at this order's deadline, give or take 15 ms.
                long jitter = ThreadLocalRandom.current().nextLong(-15, 16);
                LocalDateTime deadline = orderTime.plusMinutes(15).plus(jitter, ChronoUnit.MILLIS);
                server.shiftClock(Duration.between(LocalDateTime.now(SHOP), deadline));
                Future<Integer> pay =
                        pool.submit(() -> shop.pay(customer, number).status());
                Future<Integer> sweep = pool.submit(() -> server.runSweep("cancelUnpaidOrders"));
                int payStatus = pay.get();
                sweep.get();
                Map<String, Object> row = row(id);
                int status = ((Number) row.get("status")).intValue();
                if (payStatus == 200) {
                    assertEquals(2, status, () -> "paid but " + row);
                    assertNull(row.get("cancel_reason"));
                    paidWins++;
                } else {
                    assertEquals(409, payStatus);
                    if (status == 1) {
                        // The sweep ran a moment before the deadline and the payment a moment after: neither won
                        // yet, and the next sweep takes it.
                        server.shiftClock(Duration.between(LocalDateTime.now(SHOP), deadline.plusSeconds(1)));
                        server.runSweep("cancelUnpaidOrders");
                        neither++;
                    }
                    Map<String, Object> swept = row(id);
                    assertEquals(6, ((Number) swept.get("status")).intValue(), () -> "refused but " + swept);
                    assertEquals("订单超时，自动取消", swept.get("cancel_reason"));
                    assertEquals(0, ((Number) swept.get("pay_status")).intValue());
                    sweepWins++;
                }
                // Resolve any order the sweep left behind, so the next round's sweep only sees its own.
                server.shiftClock(Duration.ZERO);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "deadline race: payment won %d rounds, the sweep %d (%d of them on its next run)%n",
                paidWins, sweepWins, neither);
        assertEquals(200, paidWins + sweepWins);
    }

    @Test
    void aDeliveringOrderIsCompletedWithItsDeliveryTime() {
        long id = shop.placePaidOrder(shop.newCustomer());
        shop.forceStatus(id, 4);
        server.shiftClock(Duration.ofMinutes(59));
        assertEquals(0, server.runSweep("completeDeliveringOrders"));
        assertEquals(4, shop.status(id));
        server.shiftClock(Duration.ofMinutes(61));
        assertEquals(1, server.runSweep("completeDeliveringOrders"));
        Map<String, Object> row = row(id);
        assertEquals(5, ((Number) row.get("status")).intValue());
        assertNotNull(row.get("delivery_time"));
        List<String> sales = server.jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT CONCAT(name, ' ', number) " + "FROM dish_sales_day ORDER BY name")
                                .mapTo(String.class)
                                .list());
        assertEquals(List.of("宫保鸡丁 2", "米饭 1"), sales, "the sweep counts what it completes as sold");
        assertEquals(0, server.runSweep("completeDeliveringOrders"));
        assertEquals(
                sales,
                server.jdbi()
                        .withHandle(h -> h.createQuery(
                                        "SELECT CONCAT(name, ' ', number) " + "FROM dish_sales_day ORDER BY name")
                                .mapTo(String.class)
                                .list()),
                "and only once");
    }

    @Test
    void anUnacceptedOrderRingsAgainAtFiveMinutesAndStopsAfterThree() throws Exception {
        String staffToken = shop.staffToken();
        long id = shop.placePaidOrder(shop.newCustomer());
        long accepted = shop.placePaidOrder(shop.newCustomer());
        api.put("/admin/order/confirm", "{\"id\":" + accepted + "}", "token", staffToken);
        try (Console console = Console.withToken(server, staffToken, "realert")) {
            Thread.sleep(800);
            server.shiftClock(Duration.ofMinutes(4));
            assertEquals(0, server.runSweep("realertUnacceptedOrders"), "not yet five minutes");
            server.shiftClock(Duration.ofMinutes(5).plusSeconds(5));
            assertEquals(1, server.runSweep("realertUnacceptedOrders"));
            JsonObject frame = console.next(Duration.ofSeconds(5));
            assertNotNull(frame);
            assertEquals(id, frame.get("orderId").getAsLong());
            assertEquals(1, frame.get("type").getAsInt());
            assertTrue(frame.get("urgent").getAsBoolean());
            assertEquals(2, frame.get("kind").getAsInt());
            assertEquals(0, server.runSweep("realertUnacceptedOrders"), "at most every five minutes");
            server.shiftClock(Duration.ofMinutes(10).plusSeconds(10));
            assertEquals(1, server.runSweep("realertUnacceptedOrders"));
            server.shiftClock(Duration.ofMinutes(15).plusSeconds(15));
            assertEquals(1, server.runSweep("realertUnacceptedOrders"));
            server.shiftClock(Duration.ofMinutes(40));
            assertEquals(0, server.runSweep("realertUnacceptedOrders"), "three times at most");
            assertEquals(2, console.await(2, Duration.ofSeconds(5)).size());
            assertTrue(console.drain(Duration.ofMillis(500)).isEmpty());
        }
        int urgent = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM alert WHERE order_id = :id AND type = 2")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(3, urgent);
        int forAccepted = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM alert WHERE order_id = :id AND type = 2")
                        .bind("id", accepted)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(0, forAccepted, "an accepted order stays quiet");
    }

    @Test
    void everyRunIsRecorded() {
        server.runSweep("cancelUnpaidOrders");
        Map<String, Object> run = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT job, instance, rows_changed, millis FROM sweep_run ORDER BY id DESC LIMIT 1")
                        .mapToMap()
                        .one());
        assertEquals("cancelUnpaidOrders", run.get("job"));
        assertEquals("manual", run.get("instance"));
    }

    @Test
    void aRunLeavesATraceFromItsStartAndOneKilledHalfWayShowsAsDied() throws Exception {
        server.jdbi()
                .useHandle(h -> h.execute("INSERT INTO sweep_run (cluster, job, instance, started_at, status) "
                        + "VALUES ('SkyOrdersSweeps', 'cancelUnpaidOrders', 'killed-node', NOW(3) - INTERVAL 1 MINUTE, "
                        + "'RUNNING')"));
        Customer customer = shop.newCustomer();
        long blocked = shop.idsOf(shop.insertOrders(customer, 1, 1)).get(0);
        server.shiftClock(Duration.ofMinutes(16));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (org.jdbi.v3.core.Handle lock = server.jdbi().open()) {
            // Hold the overdue order's row lock: the sweep starts, records itself, and waits on the row.
            lock.begin();
            lock.execute("SELECT id FROM orders WHERE id = ? FOR UPDATE", blocked);
            Future<Integer> sweep = pool.submit(() -> server.runSweep("cancelUnpaidOrders"));
            String during = awaitLatestRunStatus("RUNNING");
            assertEquals("RUNNING", during, "the row exists while the run works");
            lock.rollback();
            assertEquals(1, sweep.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> runs = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT instance, status, rows_changed, finished_at FROM sweep_run WHERE job = 'cancelUnpaidOrders' "
                                        + "ORDER BY id")
                        .mapToMap()
                        .list());
        assertEquals("DIED", runs.get(0).get("status"), runs::toString);
        assertEquals("DONE", runs.get(1).get("status"), runs::toString);
        assertEquals(1, ((Number) runs.get(1).get("rows_changed")).intValue());
        assertTrue(runs.get(1).get("finished_at") != null);
    }

    @Test
    void everyUnacceptedOrderIsRealertedInOneRunHoweverMany() {
        Customer customer = shop.newCustomer();
        List<Long> ids = shop.idsOf(shop.insertOrders(customer, 500, 2));
        server.jdbi()
                .useHandle(h -> h.createUpdate(
                                "UPDATE orders SET checkout_time = NOW() - INTERVAL 6 MINUTE " + "WHERE id IN (<ids>)")
                        .bindList("ids", ids)
                        .execute());
        assertEquals(500, server.runSweep("realertUnacceptedOrders"));
        assertEquals(0, server.runSweep("realertUnacceptedOrders"), "each once per repeat period");
    }

    private String awaitLatestRunStatus(String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 100 && !wanted.equals(status); i++) {
            Thread.sleep(50);
            status = server.jdbi()
                    .withHandle(h -> h.createQuery("SELECT status FROM sweep_run "
                                    + "WHERE job = 'cancelUnpaidOrders' ORDER BY id DESC LIMIT 1")
                            .mapTo(String.class)
                            .findOne()
                            .orElse(null));
        }
        return status;
    }

    private Map<String, Object> row(long id) {
        return server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT status, pay_status, cancel_reason, cancel_time, delivery_time FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapToMap()
                        .one());
    }

    private LocalDateTime orderTime(long id) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT order_time FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(LocalDateTime.class)
                        .one());
    }
}

package com.skyorders.bench;

import com.skyorders.testing.Api;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.TestServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark, not a test: time to cancel N overdue unpaid orders (default 100 000) on the same rows — one unbounded
 * set-based UPDATE (the yardstick: fastest, but one long lock on every row), the same UPDATE in chunks of several
 * sizes, each its own transaction (how the chunk default was picked), the deployed CancelUnpaidOrdersJob as
 * configured.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.SweepBenchmark} (other sizes: add
 * {@code -Dbench.jvmArgs=-Dbench.orders=20000}; the bench profile forwards no other property to this JVM)
 */
public final class SweepBenchmark {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("bench.orders", 100_000);
        try (TestServer server = TestServer.start()) {
            Shop shop = new Shop(new Api(server), server);
            Customer customer = shop.newCustomer();
            long address = shop.addAddress(customer);
            long inserted = System.nanoTime();
            server.jdbi().useHandle(h -> insertOverdue(h, customer.id(), address, orders));
            System.out.printf(
                    "%ninserted %d overdue unpaid orders in %d ms%n",
                    orders, (System.nanoTime() - inserted) / 1_000_000);

            String reset = "UPDATE orders SET status = 1, cancel_reason = NULL, cancel_time = NULL WHERE user_id = ?";
            System.out.printf("cancel %d overdue orders (each line on the same rows, put back in between):%n", orders);

            server.jdbi().useHandle(h -> h.execute(reset, customer.id()));
            long started = System.nanoTime();
            int all = server.jdbi()
                    .withHandle(h -> h.createUpdate(CANCEL)
                            .bind("cutoff", cutoff())
                            .bind("now", LocalDateTime.now(SHOP))
                            .execute());
            long oneStatement = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "  one set-based UPDATE, no chunks (the yardstick): %6d ms (%d rows)%n", oneStatement, all);

            for (int chunk : new int[] {1000, 2500, 5000, 10000, 20000}) {
                server.jdbi().useHandle(h -> h.execute(reset, customer.id()));
                started = System.nanoTime();
                int done = 0;
                int step;
                do {
                    step = server.jdbi()
                            .inTransaction(h -> h.createUpdate(CANCEL + " LIMIT :chunk")
                                    .bind("cutoff", cutoff())
                                    .bind("now", LocalDateTime.now(SHOP))
                                    .bind("chunk", chunk)
                                    .execute());
                    done += step;
                } while (step == chunk);
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf(
                        "  chunks of %5d, a transaction each:               %6d ms (%d rows, %.2f× one UPDATE)%n",
                        chunk, millis, done, millis / (double) Math.max(1, oneStatement));
            }

            server.jdbi().useHandle(h -> h.execute(reset, customer.id()));
            started = System.nanoTime();
            int cancelled = server.runSweep("cancelUnpaidOrders");
            long job = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "  CancelUnpaidOrdersJob as configured (sky.sweeps.chunk): %6d ms (%d rows, %.2f× one UPDATE)%n",
                    job, cancelled, job / (double) Math.max(1, oneStatement));
        }
    }

    private static final String CANCEL = "UPDATE orders SET status = 6, cancel_reason = '订单超时，自动取消', "
            + "cancel_time = :now WHERE status = 1 AND order_time < :cutoff";

    private static LocalDateTime cutoff() {
        return LocalDateTime.now(SHOP).minusMinutes(15);
    }

    private static void insertOverdue(Handle handle, long userId, long address, int count) {
        LocalDateTime orderTime = LocalDateTime.now(SHOP).minusHours(1);
        for (int start = 0; start < count; start += 5000) {
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO orders (number, status, user_id, address_book_id, "
                            + "order_time, pay_method, pay_status, amount) VALUES (:number, 1, :user, :address, :time, 1, 0, 9)");
            for (int i = start; i < Math.min(count, start + 5000); i++) {
                batch.bind("number", "B" + System.nanoTime() + "-" + i)
                        .bind("user", userId)
                        .bind("address", address)
                        .bind("time", orderTime)
                        .add();
            }
            batch.execute();
        }
    }
}

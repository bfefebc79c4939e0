package com.skyorders.bench;

import com.skyorders.testing.Api;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.TestServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark, not a test: time to cancel N overdue unpaid orders (default 100 000) with our set-based, chunked
 * CancelUnpaidOrdersJob, run inside the deployed WAR, against the tutorial's row-by-row pattern (one SELECT of the
 * overdue orders, then one UPDATE per row) on the same data.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.SweepBenchmark [-Dbench.orders=100000]}
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
            System.out.printf("%ninserted %d overdue unpaid orders in %d ms%n", orders,
                    (System.nanoTime() - inserted) / 1_000_000);

            long started = System.nanoTime();
            int cancelled = server.runSweep("cancelUnpaidOrders");
            long setBasedMillis = (System.nanoTime() - started) / 1_000_000;

            server.jdbi().useHandle(h -> h.execute("UPDATE orders SET status = 1, cancel_reason = NULL, "
                    + "cancel_time = NULL WHERE user_id = ?", customer.id()));
            started = System.nanoTime();
            int rowByRow = server.jdbi().withHandle(SweepBenchmark::rowByRow);
            long rowByRowMillis = (System.nanoTime() - started) / 1_000_000;

            System.out.printf("cancel %d overdue orders:%n", orders);
            System.out.printf("  CancelUnpaidOrdersJob (set-based, chunks of 1000): %6d ms (%d rows)%n",
                    setBasedMillis, cancelled);
            System.out.printf("  row by row (SELECT, then UPDATE per row):          %6d ms (%d rows)%n",
                    rowByRowMillis, rowByRow);
            System.out.printf("  ratio: %.1fx%n", rowByRowMillis / (double) Math.max(1, setBasedMillis));
        }
    }

    private static void insertOverdue(Handle handle, long userId, long address, int count) {
        LocalDateTime orderTime = LocalDateTime.now(SHOP).minusHours(1);
        for (int start = 0; start < count; start += 5000) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO orders (number, status, user_id, address_book_id, "
                    + "order_time, pay_method, pay_status, amount) VALUES (:number, 1, :user, :address, :time, 1, 0, 9)");
            for (int i = start; i < Math.min(count, start + 5000); i++) {
                batch.bind("number", "B" + System.nanoTime() + "-" + i).bind("user", userId)
                        .bind("address", address).bind("time", orderTime).add();
            }
            batch.execute();
        }
    }

    /** The tutorial's pattern: read every overdue order, then write each back, one statement per row. */
    private static int rowByRow(Handle handle) {
        LocalDateTime now = LocalDateTime.now(SHOP);
        List<Long> overdue = handle.createQuery("SELECT id FROM orders WHERE status = 1 AND order_time < :cutoff")
                .bind("cutoff", now.minusMinutes(15)).mapTo(Long.class).list();
        for (Long id : overdue) {
            handle.createUpdate("UPDATE orders SET status = 6, cancel_reason = '订单超时，自动取消', cancel_time = :now "
                    + "WHERE id = :id").bind("now", now).bind("id", id).execute();
        }
        return overdue.size();
    }
}

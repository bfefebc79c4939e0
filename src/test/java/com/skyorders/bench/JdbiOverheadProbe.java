package com.skyorders.bench;

import com.skyorders.config.JdbiFactory;
import com.skyorders.config.Migrations;
import com.skyorders.order.OrderDao;
import com.skyorders.order.OrderRowMapper;
import com.skyorders.testing.EmbeddedDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark, not a test: what one order read costs in Jdbi's different styles (µs per call, one thread, warm),
 * so the hot paths use the cheapest one that keeps the DAO layer.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.JdbiOverheadProbe}
 */
public final class JdbiOverheadProbe {

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of("target/bench-probe-db"))) {
            HikariConfig config = new HikariConfig();
            config.setDriverClassName("com.mysql.cj.jdbc.Driver");
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
            config.setPassword(db.password());
            config.setMaximumPoolSize(2);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Migrations.run(pool, true);
                Jdbi jdbi = JdbiFactory.create(pool);
                OrderDao onDemand = jdbi.onDemand(OrderDao.class);
                OrderRowMapper mapper = new OrderRowMapper();
                String sql = OrderDao.COLUMNS + "WHERE id = :id";
                for (int round = 0; round < 3; round++) {
                    System.out.printf("round %d%n", round);
                    time("empty transaction", () -> jdbi.useTransaction(h -> {}));
                    time("attach only, in transaction", () -> jdbi.useTransaction(h -> h.attach(OrderDao.class)));
                    time(
                            "attach + find, in transaction",
                            () -> jdbi.useTransaction(
                                    h -> h.attach(OrderDao.class).find(1)));
                    time("onDemand find, in transaction", () -> jdbi.useTransaction(h -> onDemand.find(1)));
                    time(
                            "fluent find, in transaction",
                            () -> jdbi.useTransaction(h -> h.createQuery(sql)
                                    .bind("id", 1L)
                                    .map(mapper)
                                    .findOne()));
                    time(
                            "plain JDBC find, in transaction",
                            () -> jdbi.useTransaction(h -> {
                                try (var st = h.getConnection().prepareStatement(OrderDao.COLUMNS + "WHERE id = ?")) {
                                    st.setLong(1, 1);
                                    try (var rs = st.executeQuery()) {
                                        rs.next();
                                    }
                                } catch (java.sql.SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }));
                }
            }
        }
    }

    private static void time(String label, Runnable call) {
        for (int i = 0; i < 3000; i++) {
            call.run();
        }
        int n = 10000;
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        long wall = System.nanoTime() - t0;
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        System.out.printf("  %-36s %7.1f µs wall, %7.1f µs CPU (this thread)%n", label, wall / 1e3 / n, cpu / 1e3 / n);
    }
}

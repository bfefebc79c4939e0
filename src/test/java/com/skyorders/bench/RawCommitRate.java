package com.skyorders.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database itself allows: durable transactions per second that each insert two rows (the shape of a
 * reminder: its row and its alert), over plain JDBC with no application in between, on the same server and in the
 * same run as the benchmark it is a yardstick for. Optionally each transaction first updates one shared row, the
 * shape of a serialising sequence.
 */
final class RawCommitRate {

    private final String url;
    private final String user;
    private final String password;

    RawCommitRate(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Commits per second with {@code connections} concurrent writers over {@code duration}. */
    double measure(int connections, boolean sharedRow, Duration duration) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("com.mysql.cj.jdbc.Driver");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_commit_a (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                        + "k BIGINT NOT NULL, at DATETIME NOT NULL) ENGINE=InnoDB");
                s.execute("CREATE TABLE IF NOT EXISTS bench_commit_b (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                        + "k BIGINT NOT NULL, body VARCHAR(200) NOT NULL) ENGINE=InnoDB");
                s.execute("CREATE TABLE IF NOT EXISTS bench_commit_seq (id INT PRIMARY KEY, n BIGINT NOT NULL)");
                s.execute("INSERT IGNORE INTO bench_commit_seq VALUES (1, 0)");
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong commits = new AtomicLong();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Thread thread = new Thread(
                        () -> {
                            try (Connection c = pool.getConnection();
                                    PreparedStatement seq =
                                            c.prepareStatement("UPDATE bench_commit_seq SET n = n + 1 WHERE id = 1");
                                    PreparedStatement a =
                                            c.prepareStatement("INSERT INTO bench_commit_a (k, at) VALUES (?, NOW())");
                                    PreparedStatement b =
                                            c.prepareStatement("INSERT INTO bench_commit_b (k, body) VALUES (?, ?)")) {
                                c.setAutoCommit(false);
                                start.await();
                                long k = 0;
                                while (running.get()) {
                                    if (sharedRow) {
                                        seq.executeUpdate();
                                    }
                                    a.setLong(1, ++k);
                                    a.executeUpdate();
                                    b.setLong(1, k);
                                    b.setString(2, "订单号：" + k);
                                    b.executeUpdate();
                                    c.commit();
                                    commits.incrementAndGet();
                                }
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        "bench-raw-" + i);
                threads.add(thread);
                thread.start();
            }
            start.countDown();
            long began = System.nanoTime();
            Thread.sleep(duration.toMillis());
            running.set(false);
            long elapsed = System.nanoTime() - began;
            for (Thread thread : threads) {
                thread.join();
            }
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_commit_a");
                s.execute("DROP TABLE bench_commit_b");
                s.execute("DROP TABLE bench_commit_seq");
            }
            return commits.get() / (elapsed / 1e9);
        }
    }
}

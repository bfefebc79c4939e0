package com.skyorders.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's Jdbi transactions on the real database, read from the server's own per-session counters: a
 * transaction costs START TRANSACTION and COMMIT and no autocommit switches, a failure rolls back, and the
 * connection is left as it was found (autocommit on, no transaction open, the session's isolation level), and a
 * deadlock's victim is rolled back and run again.
 */
@ExtendWith(SkyOrders.class)
class StatementTransactionsIT {

    private final Jdbi jdbi;
    private Handle handle;

    StatementTransactionsIT(TestServer server) {
        this.jdbi = JdbiFactory.create(server.database().dataSource());
    }

    @BeforeEach
    void open() {
        handle = jdbi.open();
        handle.execute("CREATE TEMPORARY TABLE tx_probe (x INT) ENGINE=InnoDB");
    }

    @AfterEach
    void close() {
        handle.execute("DROP TEMPORARY TABLE tx_probe");
        handle.close();
    }

    @Test
    void aTransactionIsStartAndCommitAroundItsStatementsWithNoAutocommitSwitch() throws SQLException {
        Map<String, Long> before = counters();
        handle.useTransaction(h -> h.execute("INSERT INTO tx_probe VALUES (1)"));
        Map<String, Long> after = counters();

        assertEquals(1, after.get("Com_begin") - before.get("Com_begin"));
        assertEquals(1, after.get("Com_commit") - before.get("Com_commit"));
        assertEquals(0, after.get("Com_set_option") - before.get("Com_set_option"), "SET autocommit sent");
        assertEquals(1, count());
        assertLeftClean();
    }

    @Test
    void aFailureRollsBackEverythingAndLeavesNoTransactionOpen() throws SQLException {
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> handle.useTransaction(h -> {
                    h.execute("INSERT INTO tx_probe VALUES (1)");
                    throw new IllegalStateException("refused");
                }));

        assertEquals("refused", thrown.getMessage());
        assertEquals(0, count());
        assertLeftClean();
    }

    @Test
    void afterCommitCallbacksRunOnceCommittedAndNeverAfterARollback() {
        List<String> ran = new ArrayList<>();
        handle.useTransaction(h -> {
            h.execute("INSERT INTO tx_probe VALUES (1)");
            h.afterCommit(() -> ran.add("committed, rows seen: " + count()));
        });
        assertThrows(
                IllegalStateException.class,
                () -> handle.useTransaction(h -> {
                    h.afterCommit(() -> ran.add("rolled back"));
                    throw new IllegalStateException("refused");
                }));

        assertEquals(List.of("committed, rows seen: 1"), ran);
    }

    /**
     * A COMMIT that fails as a deadlock victim (SQLState 40001, e.g. a Galera certification conflict) is retried; the
     * failed attempt's afterCommit must not run after the retry commits (review round 3, A8: a phantom alert).
     */
    @Test
    void aFailedCommitRetriedRunsOnlyTheRetrysAfterCommitCallback(TestServer server) {
        AtomicInteger commitsToFail = new AtomicInteger(1);
        Jdbi failing = JdbiFactory.create(failingCommits(server.database().dataSource(), commitsToFail));
        List<Integer> ran = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        failing.useTransaction(h -> {
            int attempt = attempts.incrementAndGet();
            h.afterCommit(() -> ran.add(attempt));
        });

        assertEquals(2, attempts.get(), "the failed COMMIT was retried");
        assertEquals(List.of(2), ran, "only the attempt that committed ran its callback");
    }

    /** A DataSource whose connections fail the next {@code count} COMMIT statements with SQLState 40001. */
    private static DataSource failingCommits(DataSource real, AtomicInteger count) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return result instanceof Connection c ? wrap(Connection.class, c, count) : result;
                });
    }

    private static <T> T wrap(Class<T> type, T real, AtomicInteger count) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("execute")
                    && args != null
                    && "COMMIT".equals(args[0])
                    && count.getAndDecrement() > 0) {
                throw new SQLException("Deadlock found when trying to get lock (injected)", "40001", 1213);
            }
            Object result = invoke(real, method, args);
            return result instanceof Statement s && method.getName().equals("createStatement")
                    ? wrap(Statement.class, s, count)
                    : result;
        }));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void anIsolationLevelAppliesToThatTransactionOnly() throws SQLException {
        String session = isolation();
        int seen = handle.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            h.execute("INSERT INTO tx_probe VALUES (1)");
            return count();
        });

        assertEquals(1, seen);
        assertEquals(session, isolation());
        assertLeftClean();
    }

    @Test
    void aDeadlockVictimIsRolledBackAndRunAgain() throws Exception {
        handle.execute("CREATE TABLE IF NOT EXISTS tx_deadlock (id INT PRIMARY KEY, n INT) ENGINE=InnoDB");
        handle.execute("REPLACE INTO tx_deadlock VALUES (1, 0), (2, 0)");
        CountDownLatch bothHoldOneRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        Callable<Void> oneThenTwo = () -> lockInTurn(1, 2, bothHoldOneRow, attempts);
        Callable<Void> twoThenOne = () -> lockInTurn(2, 1, bothHoldOneRow, attempts);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : pool.invokeAll(List.of(oneThenTwo, twoThenOne), 30, TimeUnit.SECONDS)) {
                done.get(); // neither fails: InnoDB picked a victim, which ran again after the other committed
            }
            assertEquals(3, attempts.get(), "two transactions, one of them twice");
            assertEquals(
                    4,
                    handle.createQuery("SELECT SUM(n) FROM tx_deadlock")
                            .mapTo(Integer.class)
                            .one());
        } finally {
            pool.shutdownNow();
            handle.execute("DROP TABLE tx_deadlock");
        }
    }

    private Void lockInTurn(int first, int second, CountDownLatch bothHoldOneRow, AtomicInteger attempts)
            throws InterruptedException {
        jdbi.useTransaction(h -> {
            attempts.incrementAndGet();
            h.execute("UPDATE tx_deadlock SET n = n + 1 WHERE id = ?", first);
            bothHoldOneRow.countDown();
            bothHoldOneRow.await(10, TimeUnit.SECONDS); // only the first attempts wait for each other
            h.execute("UPDATE tx_deadlock SET n = n + 1 WHERE id = ?", second);
        });
        return null;
    }

    private Map<String, Long> counters() {
        Map<String, Long> values = new TreeMap<>();
        handle.createQuery("SHOW SESSION STATUS WHERE Variable_name IN ('Com_begin', 'Com_commit', 'Com_set_option')")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    private int count() {
        return handle.createQuery("SELECT COUNT(*) FROM tx_probe")
                .mapTo(Integer.class)
                .one();
    }

    private String isolation() {
        return handle.createQuery("SELECT @@tx_isolation").mapTo(String.class).one();
    }

    private void assertLeftClean() throws SQLException {
        assertTrue(handle.getConnection().getAutoCommit(), "autocommit on");
        assertEquals(
                0,
                handle.createQuery("SELECT @@in_transaction")
                        .mapTo(Integer.class)
                        .one(),
                "transaction open");
    }
}

package com.skyorders.config;

import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Jdbi transactions as statements — {@code START TRANSACTION}, then {@code COMMIT} or {@code ROLLBACK} — on a
 * connection that stays in autocommit mode. Jdbi's own handler turns autocommit off before each transaction and on
 * after it: {@code SET autocommit=0}, the work, {@code COMMIT}, {@code SET autocommit=1} — one round trip more than
 * this (a reminder sends seven statements instead of eight). On MySQL and MariaDB both are the same transaction. A transaction is always ended (committed, or rolled back on any failure)
 * before its handle closes, so a connection goes back to the pool as it came: autocommit on, nothing open.
 *
 * <p>Jdbi gives every handle its own instance ({@link #specialize}); the one registered on Jdbi holds no transaction.
 */
final class StatementTransactions implements TransactionHandler {

    private boolean inTransaction;

    @Override
    public TransactionHandler specialize(Handle handle) {
        return new StatementTransactions();
    }

    @Override
    public void begin(Handle handle) {
        if (!inTransaction) {
            execute(handle, "START TRANSACTION");
            inTransaction = true;
        }
    }

    @Override
    public void commit(Handle handle) {
        if (!inTransaction) {
            return;
        }
        try {
            execute(handle, "COMMIT");
            inTransaction = false;
        } catch (TransactionException e) {
            try {
                // Through the handle: it discards this attempt's afterCommit callbacks, which a retry (a 40001 from
                // COMMIT) would otherwise run with its own, for work that never committed.
                handle.rollback();
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    @Override
    public void rollback(Handle handle) {
        if (!inTransaction) {
            return;
        }
        inTransaction = false;
        execute(handle, "ROLLBACK");
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return inTransaction;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        if (inTransaction) {
            throw new IllegalStateException("Already in transaction");
        }
        handle.begin();
        try {
            R result = callback.withHandle(handle);
            if (inTransaction) {
                handle.commit(); // through the handle, which then runs the afterCommit callbacks
            }
            return result;
        } catch (Throwable e) {
            if (inTransaction) {
                try {
                    handle.rollback();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw e;
        }
    }

    /** {@code SET TRANSACTION} without a scope applies to the next transaction only: the session keeps its level. */
    @Override
    public <R, X extends Exception> R inTransaction(
            Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback) throws X {
        if (inTransaction) {
            throw new IllegalStateException("Already in transaction");
        }
        String name = switch (level) {
            case READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case READ_COMMITTED -> "READ COMMITTED";
            case REPEATABLE_READ -> "REPEATABLE READ";
            case SERIALIZABLE -> "SERIALIZABLE";
            case NONE, UNKNOWN -> throw new IllegalArgumentException("No isolation level to set: " + level);
        };
        execute(handle, "SET TRANSACTION ISOLATION LEVEL " + name);
        return inTransaction(handle, callback);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        execute(handle, "SAVEPOINT " + identifier(name));
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        execute(handle, "ROLLBACK TO SAVEPOINT " + identifier(name));
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        execute(handle, "RELEASE SAVEPOINT " + identifier(name));
    }

    private static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static void execute(Handle handle, String sql) {
        try (Statement statement = handle.getConnection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new TransactionException("Failed to run " + sql, e);
        }
    }
}

package com.skyorders.outbox;

import com.skyorders.outbox.AlertTail.GapState;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** The outbox table as the tail reads it; a gap is probed with a locking read that refuses to wait. */
record AlertTable(Jdbi jdbi) implements AlertTail.Source {

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_LOCK_NOWAIT = 3572;

    @Override
    public List<Alert> after(long position, int limit) {
        return jdbi.withHandle(h -> new AlertDao(h).after(position, limit));
    }

    @Override
    public List<Alert> between(long fromInclusive, long toInclusive, int limit) {
        return jdbi.withHandle(h -> new AlertDao(h).between(fromInclusive - 1, toInclusive, limit));
    }

    @Override
    public AlertHistory history() {
        return jdbi.withHandle(h -> new AlertDao(h).history());
    }

    @Override
    public GapState probe(long fromInclusive, long toInclusive) {
        try {
            // READ COMMITTED takes no gap locks: only rows that exist (committed or not) are locked or waited on.
            boolean any = jdbi.inTransaction(
                    TransactionIsolationLevel.READ_COMMITTED,
                    h -> new AlertDao(h).lockAnyNowait(fromInclusive, toInclusive));
            return any ? GapState.COMMITTED : GapState.ABANDONED;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql
                    && (sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || sql.getErrorCode() == MYSQL_LOCK_NOWAIT)) {
                return GapState.IN_FLIGHT;
            }
            throw e;
        }
    }
}

package com.skyorders.config;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;

/**
 * The one Jdbi. InnoDB resolves a deadlock by rolling one transaction back with SQLState 40001 (two requests racing
 * for the same order through different indexes, say a payment and the timeout sweep); such a transaction is simply
 * run again, up to five times, instead of failing the request. Transactions are begun and ended with statements
 * (see StatementTransactions). Times are bound as text (see WallClockTimes).
 */
public final class JdbiFactory {

    private static final String DEADLOCK_OR_SERIALIZATION_FAILURE = "40001";

    private JdbiFactory() {}

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.setTransactionHandler(new SerializableTransactionRunner(new StatementTransactions()));
        jdbi.getConfig(SerializableTransactionRunner.Configuration.class)
                .setMaxRetries(5)
                .setSerializationFailureSqlState(DEADLOCK_OR_SERIALIZATION_FAILURE);
        jdbi.registerArgument(new WallClockTimes());
        return jdbi;
    }
}

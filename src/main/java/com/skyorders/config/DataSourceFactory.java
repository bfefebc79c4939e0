package com.skyorders.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the one connection pool. It connects at once, so a wrong URL or password fails start-up, not a request. */
public final class DataSourceFactory {

    private DataSourceFactory() {}

    public static HikariDataSource create(AppConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("sky-orders");
        hikari.setDriverClassName("com.mysql.cj.jdbc.Driver");
        hikari.setJdbcUrl(config.dbUrl());
        hikari.setUsername(config.dbUser());
        hikari.setPassword(config.dbPassword());
        hikari.setMaximumPoolSize(config.dbPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.dbPoolSize()));
        // Short, so /health answers DOWN quickly and shutdown never hangs on a dead database.
        hikari.setConnectionTimeout(config.dbConnectTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.dbConnectTimeout().toMillis(), 1000));
        hikari.setInitializationFailTimeout(config.dbConnectTimeout().toMillis());
        hikari.addDataSourceProperty("characterEncoding", "UTF-8");
        // Statements prepared once per connection on the server and run with bound values: the server skips parsing
        // each time (a sixth less database CPU per reminder in AlertLatencyBenchmark). 250 per connection × pool size
        // × nodes must stay below the server's max_prepared_stmt_count (16 382 by default; docs/OPERATIONS.md,
        // "Sizing").
        hikari.addDataSourceProperty("cachePrepStmts", "true");
        hikari.addDataSourceProperty("prepStmtCacheSize", "250");
        hikari.addDataSourceProperty("prepStmtCacheSqlLimit", "2048");
        hikari.addDataSourceProperty("useServerPrepStmts", "true");
        hikari.addDataSourceProperty("rewriteBatchedStatements", "true");
        // Round trips saved on every transaction: the driver answers autocommit and isolation from what it last
        // set instead of asking the server, and reads server settings once per pool, not per connection.
        hikari.addDataSourceProperty("useLocalSessionState", "true");
        hikari.addDataSourceProperty("cacheServerConfiguration", "true");
        hikari.addDataSourceProperty("cacheResultSetMetadata", "true");
        hikari.addDataSourceProperty("maintainTimeStats", "false");
        hikari.addDataSourceProperty(
                "connectTimeout", String.valueOf(config.dbConnectTimeout().toMillis()));
        // Above InnoDB's lock wait (50 s by default): a statement waiting on a lock fails with the server's own
        // error, never as a dropped connection, which the outage filter would report as 503.
        hikari.addDataSourceProperty("socketTimeout", "60000");
        return new HikariDataSource(hikari);
    }
}

package com.skyorders.testing;

import javax.sql.DataSource;

/**
 * The database the integration tests run against: by default an embedded MariaDB started for this JVM; with
 * {@code -Dsky.it.db.url=jdbc:mysql://…} (and {@code sky.it.db.user}, {@code sky.it.db.password}) an external MySQL
 * or MariaDB the tester started, so the whole suite also proves itself on a real server.
 */
public interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    DataSource dataSource();

    /** Whether tests may stop and restart it (an outage): only the embedded one. */
    boolean canStop();

    void stop() throws Exception;

    void start() throws Exception;

    static TestDatabase forThisRun(java.nio.file.Path workDir) throws Exception {
        String url = System.getProperty("sky.it.db.url", "");
        if (url.isBlank()) {
            return EmbeddedDatabase.start(workDir);
        }
        return new ExternalDatabase(
                url.trim(), System.getProperty("sky.it.db.user", "root"), System.getProperty("sky.it.db.password", ""));
    }
}

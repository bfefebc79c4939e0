package com.skyorders.config.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.quartz.Scheduler;

/**
 * Creates Quartz's JDBC job-store tables from the script that ships inside the quartz jar, so the schema always
 * matches the Quartz version we run and nothing of it is pasted into this repository. The script's DROPs and
 * trailing COMMIT are skipped: a migration never drops.
 */
public final class V2__Quartz_tables extends BaseJavaMigration {

    static final String SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(readScript())) {
                statement.execute(sql);
            }
        }
    }

    static String readScript() throws IOException {
        try (InputStream in = Scheduler.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("Quartz schema script not found on the classpath: " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements, without comments, DROPs and COMMIT. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("#") && !trimmed.startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String sql : withoutComments.toString().split(";")) {
            String trimmed = sql.trim();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                statements.add(trimmed);
            }
        }
        return statements;
    }
}

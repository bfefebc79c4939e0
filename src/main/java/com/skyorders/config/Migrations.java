package com.skyorders.config;

import com.skyorders.config.migration.V2__Quartz_tables;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Versioned scripts live in
 * db/migration; the demo shop is a repeatable, idempotent script in db/demo, loaded only when asked for.
 */
public final class Migrations {

    /** Where the tutorial's clients reach the back end (both compile in http://localhost:8080). */
    static final String DEMO_IMAGES_BASE = "http://localhost:8080";

    private Migrations() {}

    /**
     * Migrates; the demo script stamps its rows with the shop's time ({@code ${shopUtcOffset}}, the zone's offset
     * now), not the database server's, which may run in UTC. Its dishes' image URLs start with
     * {@code ${imagesBaseUrl}}: sky.images.publicBaseUrl, or the tutorial clients' {@code http://localhost:8080}.
     */
    public static MigrateResult run(DataSource dataSource, boolean demoData, ZoneId shopZone, String imagesBaseUrl) {
        String[] locations = demoData
                ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                : new String[] {"classpath:db/migration"};
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .javaMigrations(new V2__Quartz_tables())
                .placeholders(Map.of(
                        "shopUtcOffset",
                        DateTimeFormatter.ofPattern("xxx")
                                .format(shopZone.getRules().getOffset(Instant.now())),
                        "imagesBaseUrl",
                        imagesBaseUrl.isBlank() ? DEMO_IMAGES_BASE : imagesBaseUrl.replaceAll("/+$", "")))
                .failOnMissingLocations(true)
                // Nodes of one cluster may differ in sky.db.demoData (or it is switched off later): the demo script
                // applied by one node is then "missing" on another. Only repeatable scripts may be missing; a
                // versioned migration this build does not know still stops the start (an older WAR, a newer DB).
                .ignoreMigrationPatterns("repeatable:missing")
                .load()
                .migrate();
    }
}

package com.skyorders.config;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Everything the application is configured with, read once at start-up and validated as a whole.
 * README.md lists every key; later features add theirs here.
 *
 * @param dbUrl             JDBC URL of the MySQL/MariaDB database ({@code sky.db.url})
 * @param dbUser            database user ({@code sky.db.user})
 * @param dbPassword        database password ({@code sky.db.password}); never logged
 * @param dbPoolSize        maximum pooled connections ({@code sky.db.poolSize})
 * @param dbConnectTimeout  how long a caller waits for a connection before failing ({@code sky.db.connectTimeout})
 * @param demoData          load the demo shop, admin and customer ({@code sky.db.demoData})
 * @param zone              the shop's time zone: order times, sweeps ({@code sky.zone})
 */
public record AppConfig(
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Duration dbConnectTimeout,
        boolean demoData,
        ZoneId zone) {

    public static final String DEFAULT_DB_URL = "jdbc:mysql://localhost:3306/sky_take_out";

    public static AppConfig read(ConfigReader reader) {
        String url = reader.string("sky.db.url", DEFAULT_DB_URL);
        if (!url.startsWith("jdbc:mysql:")) {
            reader.reject("sky.db.url must be a jdbc:mysql: URL");
        }
        AppConfig config = new AppConfig(
                url,
                reader.string("sky.db.user", "root"),
                reader.string("sky.db.password", ""),
                reader.integer("sky.db.poolSize", 10, 1, 500),
                reader.duration("sky.db.connectTimeout", Duration.ofSeconds(3),
                        Duration.ofMillis(250), Duration.ofMinutes(1)),
                reader.bool("sky.db.demoData", false),
                reader.zone("sky.zone", ZoneId.of("Asia/Shanghai")));
        reader.validate();
        return config;
    }

    /** A one-line summary for the start-up log, without secrets. */
    public String describe() {
        return "db=" + dbUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + " user=" + dbUser
                + " pool=" + dbPoolSize + " connectTimeout=" + dbConnectTimeout.toMillis() + "ms"
                + " demoData=" + demoData + " zone=" + zone;
    }
}

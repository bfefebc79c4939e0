package com.skyorders.config;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds every {@link LocalDateTime} as {@code yyyy-MM-dd HH:mm:ss.SSS} text. Connector/J decides from the server's
 * version whether to send fractional seconds, and MariaDB 10.x introduces itself as "5.5.5-10.11…", so the driver
 * silently drops the milliseconds our datetime(3) columns keep (alert and sweep times). The server parses the text
 * into the column's type itself, on every MySQL and MariaDB version, and indexes are used as with any constant.
 */
final class WallClockTimes extends AbstractArgumentFactory<LocalDateTime> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    WallClockTimes() {
        super(Types.VARCHAR);
    }

    @Override
    protected Argument build(LocalDateTime value, ConfigRegistry config) {
        String text = FORMAT.format(value);
        return (position, statement, context) -> statement.setString(position, text);
    }
}

package com.skyorders.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the alert columns by hand: the relay maps every alert of every poll (see OrderRowMapper for why). */
public final class AlertRowMapper implements RowMapper<Alert> {

    @Override
    public Alert map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Alert(
                rs.getLong("id"),
                rs.getInt("type"),
                rs.getLong("order_id"),
                rs.getString("order_number"),
                rs.getString("content"),
                rs.getString("details"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("read_at", LocalDateTime.class));
    }
}

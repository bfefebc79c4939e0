package com.skyorders.outbox;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** The alert outbox table, on one handle (a plain class: every alert is inserted on a request's hot path). */
final class AlertDao {

    private static final String COLUMNS =
            "SELECT id, type, order_id, order_number, content, details, created_at, read_at FROM alert ";
    private static final String STATUS_IS =
            "(:status IS NULL OR (:status = 1 AND read_at IS NULL) " + "OR (:status = 2 AND read_at IS NOT NULL))";
    /** By hand: the relay maps every alert of every poll (see OrderRowMapper for why). */
    private static final RowMapper<Alert> ALERT = (rs, ctx) -> new Alert(
            rs.getLong("id"),
            rs.getInt("type"),
            rs.getLong("order_id"),
            rs.getString("order_number"),
            rs.getString("content"),
            rs.getString("details"),
            rs.getObject("created_at", LocalDateTime.class),
            rs.getObject("read_at", LocalDateTime.class));

    private final Handle handle;

    AlertDao(Handle handle) {
        this.handle = handle;
    }

    /** The next id from the sequence, then the row with it: the caller's last statements (see AlertPublisher). */
    void insert(int type, long orderId, String orderNumber, String content, String details, LocalDateTime now) {
        handle.createUpdate("UPDATE alert_sequence SET last_id = LAST_INSERT_ID(last_id + 1) WHERE id = 1")
                .execute();
        handle.createUpdate("INSERT INTO alert (id, type, order_id, order_number, content, details, created_at) "
                        + "VALUES (LAST_INSERT_ID(), :type, :orderId, :orderNumber, :content, :details, :now)")
                .bind("type", type)
                .bind("orderId", orderId)
                .bind("orderNumber", orderNumber)
                .bind("content", content)
                .bind("details", details)
                .bind("now", now)
                .execute();
    }

    List<Alert> after(long after, int limit) {
        return handle.createQuery(COLUMNS + "WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", after)
                .bind("limit", limit)
                .map(ALERT)
                .list();
    }

    /** The outbox's epoch (its table's creation time, as text: no time zone is applied) and newest id. */
    AlertHistory history() {
        return handle.createQuery("SELECT (SELECT COALESCE(DATE_FORMAT(CREATE_TIME, '%Y%m%d%H%i%s'), '0') "
                        + "FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alert') "
                        + "AS epoch, (SELECT COALESCE(MAX(id), 0) FROM alert) AS newest")
                .map((rs, ctx) -> new AlertHistory(rs.getString("epoch"), rs.getLong("newest")))
                .one();
    }

    long count(Integer status) {
        return withStatus(handle.createQuery("SELECT COUNT(*) FROM alert WHERE " + STATUS_IS), status)
                .mapTo(Long.class)
                .one();
    }

    List<Alert> page(Integer status, int limit, long offset) {
        return withStatus(
                        handle.createQuery(
                                COLUMNS + "WHERE " + STATUS_IS + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
                        status)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ALERT)
                .list();
    }

    int markRead(List<Long> ids, LocalDateTime now) {
        return handle.createUpdate("UPDATE alert SET read_at = :now WHERE id IN (<ids>) AND read_at IS NULL")
                .bindList("ids", ids)
                .bind("now", now)
                .execute();
    }

    int countExisting(List<Long> ids) {
        return handle.createQuery("SELECT COUNT(*) FROM alert WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .mapTo(Integer.class)
                .one();
    }

    private static Query withStatus(Query query, Integer status) {
        return query.bindByType("status", status, Integer.class);
    }
}

package com.skyorders.outbox;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(AlertRowMapper.class)
public interface AlertDao {

    String COLUMNS = "SELECT id, type, order_id, order_number, content, details, created_at, read_at FROM alert ";

    /** The id comes from AUTO_INCREMENT: concurrent publishers never wait for each other (see AlertTail). */
    @SqlUpdate("INSERT INTO alert (type, order_id, order_number, content, details, created_at) "
            + "VALUES (:type, :orderId, :orderNumber, :content, :details, :now)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("type") int type,
            @Bind("orderId") long orderId,
            @Bind("orderNumber") String orderNumber,
            @Bind("content") String content,
            @Bind("details") String details,
            @Bind("now") LocalDateTime now);

    @SqlQuery(COLUMNS + "WHERE id > :after ORDER BY id LIMIT :limit")
    List<Alert> after(@Bind("after") long after, @Bind("limit") int limit);

    @SqlQuery(COLUMNS + "WHERE id > :after AND id <= :upTo ORDER BY id LIMIT :limit")
    List<Alert> between(@Bind("after") long after, @Bind("upTo") long upTo, @Bind("limit") int limit);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM alert")
    long lastId();

    @SqlQuery("SELECT COUNT(*) FROM alert WHERE (:status IS NULL OR (:status = 1 AND read_at IS NULL) "
            + "OR (:status = 2 AND read_at IS NOT NULL))")
    long count(@Bind("status") Integer status);

    @SqlQuery(COLUMNS + "WHERE (:status IS NULL OR (:status = 1 AND read_at IS NULL) "
            + "OR (:status = 2 AND read_at IS NOT NULL)) ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<Alert> page(@Bind("status") Integer status, @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlUpdate("UPDATE alert SET read_at = :now WHERE id IN (<ids>) AND read_at IS NULL")
    int markRead(@BindList("ids") List<Long> ids, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT COUNT(*) FROM alert WHERE id IN (<ids>)")
    int countExisting(@BindList("ids") List<Long> ids);
}

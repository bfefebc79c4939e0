package com.skyorders.notify;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Alert.class)
public interface AlertDao {

    String COLUMNS = "SELECT id, type, order_id, order_number, content, details, created_at, read_at FROM alert ";

    /** Takes the sequence's row lock until the caller's transaction ends: ids commit in order. */
    @SqlUpdate("UPDATE alert_sequence SET last_id = last_id + 1 WHERE id = 1")
    void advanceSequence();

    @SqlQuery("SELECT last_id FROM alert_sequence WHERE id = 1")
    long currentSequence();

    @SqlUpdate("INSERT INTO alert (id, type, order_id, order_number, content, details, created_at) "
            + "VALUES (:id, :type, :orderId, :orderNumber, :content, :details, :now)")
    void insert(@Bind("id") long id, @Bind("type") int type, @Bind("orderId") long orderId,
                @Bind("orderNumber") String orderNumber, @Bind("content") String content,
                @Bind("details") String details, @Bind("now") LocalDateTime now);

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

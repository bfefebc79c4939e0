package com.skyorders.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The reports' statements: each reads a whole day range in one query grouped by day (the tutorial runs one query
 * per day). Only completed orders (OrderStatus.COMPLETED, bound by the caller) count as turnover.
 */
@RegisterConstructorMapper(DayFigures.class)
@RegisterConstructorMapper(DayCount.class)
public interface ReportDao {

    @SqlQuery("SELECT order_day AS day, COUNT(*) AS orders, SUM(status = :completed) AS completed, "
            + "COALESCE(SUM(IF(status = :completed, amount, 0)), 0) AS turnover FROM orders "
            + "WHERE order_day BETWEEN :first AND :last GROUP BY order_day")
    List<DayFigures> orderDays(
            @Bind("first") LocalDate first, @Bind("last") LocalDate last, @Bind("completed") int completed);

    @SqlQuery("SELECT DATE(create_time) AS day, COUNT(*) AS count FROM user "
            + "WHERE create_time >= :from AND create_time < :until GROUP BY DATE(create_time)")
    List<DayCount> newUserDays(@Bind("from") LocalDateTime from, @Bind("until") LocalDateTime until);

    @SqlQuery("SELECT COUNT(*) FROM user WHERE create_time < :before")
    int usersBefore(@Bind("before") LocalDateTime before);

    @SqlQuery("SELECT status, COUNT(*) AS count FROM orders WHERE order_day = :day GROUP BY status")
    @KeyColumn("status")
    @ValueColumn("count")
    Map<Integer, Integer> countsByStatus(@Bind("day") LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM dish WHERE status = :status")
    int dishesWithStatus(@Bind("status") int status);

    @SqlQuery("SELECT COUNT(*) FROM setmeal WHERE status = :status")
    int setmealsWithStatus(@Bind("status") int status);
}

package com.skyorders.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The reports' statements, on one handle: each reads a whole day range in one query grouped by day (the tutorial
 * runs one query per day). Only completed orders (OrderStatus.COMPLETED, bound by the caller) count as turnover.
 */
public final class ReportDao {

    private static final RowMapper<DayFigures> FIGURES = ConstructorMapper.of(DayFigures.class);
    private static final RowMapper<DayCount> COUNT = ConstructorMapper.of(DayCount.class);
    private static final GenericType<Map<Integer, Integer>> COUNTS = new GenericType<>() {};

    private final Handle handle;

    public ReportDao(Handle handle) {
        this.handle = handle;
    }

    public List<DayFigures> orderDays(LocalDate first, LocalDate last, int completed) {
        return handle.createQuery("SELECT order_day AS day, COUNT(*) AS orders, SUM(status = :completed) AS completed, "
                        + "COALESCE(SUM(IF(status = :completed, amount, 0)), 0) AS turnover FROM orders "
                        + "WHERE order_day BETWEEN :first AND :last GROUP BY order_day")
                .bind("first", first)
                .bind("last", last)
                .bind("completed", completed)
                .map(FIGURES)
                .list();
    }

    public List<DayCount> newUserDays(LocalDateTime from, LocalDateTime until) {
        return handle.createQuery("SELECT DATE(create_time) AS day, COUNT(*) AS count FROM user "
                        + "WHERE create_time >= :from AND create_time < :until GROUP BY DATE(create_time)")
                .bind("from", from)
                .bind("until", until)
                .map(COUNT)
                .list();
    }

    public int usersBefore(LocalDateTime before) {
        return handle.createQuery("SELECT COUNT(*) FROM user WHERE create_time < :before")
                .bind("before", before)
                .mapTo(Integer.class)
                .one();
    }

    /** The day's orders per status code. */
    public Map<Integer, Integer> countsByStatus(LocalDate day) {
        return handle.createQuery("SELECT status, COUNT(*) AS count FROM orders WHERE order_day = :day GROUP BY status")
                .bind("day", day)
                .setMapKeyColumn("status")
                .setMapValueColumn("count")
                .collectInto(COUNTS);
    }

    public int dishesWithStatus(int status) {
        return handle.createQuery("SELECT COUNT(*) FROM dish WHERE status = :status")
                .bind("status", status)
                .mapTo(Integer.class)
                .one();
    }

    public int setmealsWithStatus(int status) {
        return handle.createQuery("SELECT COUNT(*) FROM setmeal WHERE status = :status")
                .bind("status", status)
                .mapTo(Integer.class)
                .one();
    }
}

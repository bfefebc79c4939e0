package com.skyorders.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Portions sold per day and dish (table dish_sales_day), on one handle. Every move to 已完成 adds its orders' lines
 * here, in the transaction that completes them; completion is final, so the counts only ever grow.
 */
public final class DishSalesDao {

    private static final RowMapper<DishSales> SALES = ConstructorMapper.of(DishSales.class);

    private final Handle handle;

    public DishSalesDao(Handle handle) {
        this.handle = handle;
    }

    /** Adds the lines of these orders, which the caller has just completed. */
    public void addCompleted(Collection<Long> orderIds) {
        handle.createUpdate("INSERT INTO dish_sales_day (day, name, number) SELECT o.order_day, "
                        + "COALESCE(d.name, ''), SUM(d.number) FROM orders o JOIN order_detail d ON d.order_id = o.id "
                        + "WHERE o.id IN (<ids>) GROUP BY o.order_day, COALESCE(d.name, '') "
                        + "ON DUPLICATE KEY UPDATE number = number + VALUES(number)")
                .bindList("ids", orderIds)
                .execute();
    }

    /** Ties in portions sold are broken by name, so the ranking is the same on every call. */
    public List<DishSales> top10(LocalDate first, LocalDate last) {
        return handle.createQuery("SELECT name, SUM(number) AS number FROM dish_sales_day "
                        + "WHERE day BETWEEN :first AND :last GROUP BY name ORDER BY number DESC, name LIMIT 10")
                .bind("first", first)
                .bind("last", last)
                .map(SALES)
                .list();
    }
}

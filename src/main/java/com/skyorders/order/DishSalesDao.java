package com.skyorders.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Portions sold per day and dish (table dish_sales_day). Every move to 已完成 adds its orders' lines here, in the
 * transaction that completes them; completion is final, so the counts only ever grow.
 */
@RegisterConstructorMapper(DishSales.class)
public interface DishSalesDao {

    /** Adds the lines of these orders, which the caller has just completed. */
    @SqlUpdate("INSERT INTO dish_sales_day (day, name, number) SELECT o.order_day, COALESCE(d.name, ''), "
            + "SUM(d.number) FROM orders o JOIN order_detail d ON d.order_id = o.id WHERE o.id IN (<ids>) "
            + "GROUP BY o.order_day, COALESCE(d.name, '') ON DUPLICATE KEY UPDATE number = number + VALUES(number)")
    void addCompleted(@BindList("ids") Collection<Long> orderIds);

    /** Ties in portions sold are broken by name, so the ranking is the same on every call. */
    @SqlQuery("SELECT name, SUM(number) AS number FROM dish_sales_day WHERE day BETWEEN :first AND :last "
            + "GROUP BY name ORDER BY number DESC, name LIMIT 10")
    List<DishSales> top10(@Bind("first") LocalDate first, @Bind("last") LocalDate last);
}

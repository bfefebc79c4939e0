package com.skyorders.shop;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface ShopStatusDao {

    @SqlQuery("SELECT status FROM shop_status WHERE id = 1")
    int status();

    @SqlUpdate("UPDATE shop_status SET status = :status, updated_by = :by, updated_at = :now WHERE id = 1")
    int set(@Bind("status") int status, @Bind("by") long employeeId, @Bind("now") LocalDateTime now);

    @SqlUpdate("INSERT INTO shop_status_change (status, changed_by, changed_at) VALUES (:status, :by, :now)")
    void recordChange(@Bind("status") int status, @Bind("by") long employeeId, @Bind("now") LocalDateTime now);
}

package com.skyorders.employee;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface LoginThrottleDao {

    /** Counts one more attempt in the scope's window, starting a new window when the old one is over. */
    @SqlUpdate("INSERT INTO login_throttle (scope, window_start, attempts) VALUES (:scope, :now, 1) "
            + "ON DUPLICATE KEY UPDATE attempts = IF(window_start < :windowStart, 1, attempts + 1), "
            + "window_start = IF(window_start < :windowStart, :now, window_start)")
    void reserve(
            @Bind("scope") String scope,
            @Bind("now") LocalDateTime now,
            @Bind("windowStart") LocalDateTime windowStart);

    @SqlQuery("SELECT attempts FROM login_throttle WHERE scope = :scope")
    int attempts(@Bind("scope") String scope);

    @SqlUpdate("UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE scope = :scope")
    void release(@Bind("scope") String scope);

    @SqlUpdate("DELETE FROM login_throttle WHERE scope = :scope")
    void clear(@Bind("scope") String scope);

    @SqlUpdate("DELETE FROM login_throttle WHERE window_start < :before LIMIT :limit")
    int deleteWindowsBefore(@Bind("before") LocalDateTime before, @Bind("limit") int limit);
}

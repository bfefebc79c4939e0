package com.skyorders.employee;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The throttle's counters: per scope (employee, address) and per trusted device. */
public interface LoginThrottleDao {

    int EMPLOYEE = 1;
    int ADDRESS = 2;

    /** Counts one more attempt in the scope's window, starting a new window when the old one is over. */
    @SqlUpdate("INSERT INTO login_throttle (scope, subject, window_start, attempts) VALUES (:scope, :subject, :now, 1) "
            + "ON DUPLICATE KEY UPDATE attempts = IF(window_start < :windowStart, 1, attempts + 1), "
            + "window_start = IF(window_start < :windowStart, :now, window_start)")
    void reserve(
            @Bind("scope") int scope,
            @Bind("subject") String subject,
            @Bind("now") LocalDateTime now,
            @Bind("windowStart") LocalDateTime windowStart);

    @SqlQuery("SELECT attempts FROM login_throttle WHERE scope = :scope AND subject = :subject")
    int attempts(@Bind("scope") int scope, @Bind("subject") String subject);

    @SqlUpdate(
            "UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE scope = :scope AND subject = :subject")
    void release(@Bind("scope") int scope, @Bind("subject") String subject);

    /** Counts one more attempt from a device trusted for this employee; 0 rows when it is not. */
    @SqlUpdate("UPDATE login_device SET attempts = IF(window_start < :windowStart, 1, attempts + 1), "
            + "window_start = IF(window_start < :windowStart, :now, window_start) "
            + "WHERE device_hash = :device AND employee_id = :employee")
    int reserveDevice(
            @Bind("device") String deviceHash,
            @Bind("employee") long employeeId,
            @Bind("now") LocalDateTime now,
            @Bind("windowStart") LocalDateTime windowStart);

    @SqlQuery("SELECT attempts FROM login_device WHERE device_hash = :device AND employee_id = :employee")
    int deviceAttempts(@Bind("device") String deviceHash, @Bind("employee") long employeeId);

    /** Trusts the device for this employee from now on (or again), its slot given back. */
    @SqlUpdate("INSERT INTO login_device (device_hash, employee_id, window_start, attempts, last_seen) "
            + "VALUES (:device, :employee, :now, 0, :now) "
            + "ON DUPLICATE KEY UPDATE attempts = GREATEST(attempts - 1, 0), last_seen = :now")
    void trust(@Bind("device") String deviceHash, @Bind("employee") long employeeId, @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM login_throttle WHERE window_start < :before LIMIT :limit")
    int deleteWindowsBefore(@Bind("before") LocalDateTime before, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM login_device WHERE last_seen < :before LIMIT :limit")
    int deleteDevicesUnseenSince(@Bind("before") LocalDateTime before, @Bind("limit") int limit);
}

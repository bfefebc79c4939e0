package com.skyorders.employee;

import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/** The throttle's counters, on one handle: per scope (employee, address) and per trusted device. */
public final class LoginThrottleDao {

    public static final int EMPLOYEE = 1;
    public static final int ADDRESS = 2;

    private final Handle handle;

    public LoginThrottleDao(Handle handle) {
        this.handle = handle;
    }

    /** Counts one more attempt in the scope's window, starting a new window when the old one is over. */
    public void reserve(int scope, String subject, LocalDateTime now, LocalDateTime windowStart) {
        handle.createUpdate("INSERT INTO login_throttle (scope, subject, window_start, attempts) "
                        + "VALUES (:scope, :subject, :now, 1) "
                        + "ON DUPLICATE KEY UPDATE attempts = IF(window_start < :windowStart, 1, attempts + 1), "
                        + "window_start = IF(window_start < :windowStart, :now, window_start)")
                .bind("scope", scope)
                .bind("subject", subject)
                .bind("now", now)
                .bind("windowStart", windowStart)
                .execute();
    }

    public int attempts(int scope, String subject) {
        return handle.createQuery("SELECT attempts FROM login_throttle WHERE scope = :scope AND subject = :subject")
                .bind("scope", scope)
                .bind("subject", subject)
                .mapTo(Integer.class)
                .one();
    }

    public void release(int scope, String subject) {
        handle.createUpdate("UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) "
                        + "WHERE scope = :scope AND subject = :subject")
                .bind("scope", scope)
                .bind("subject", subject)
                .execute();
    }

    /** Counts one more attempt from a device trusted for this employee; 0 rows when it is not. */
    public int reserveDevice(String deviceHash, long employeeId, LocalDateTime now, LocalDateTime windowStart) {
        return handle.createUpdate("UPDATE login_device SET attempts = IF(window_start < :windowStart, 1, "
                        + "attempts + 1), window_start = IF(window_start < :windowStart, :now, window_start) "
                        + "WHERE device_hash = :device AND employee_id = :employee")
                .bind("device", deviceHash)
                .bind("employee", employeeId)
                .bind("now", now)
                .bind("windowStart", windowStart)
                .execute();
    }

    public int deviceAttempts(String deviceHash, long employeeId) {
        return handle.createQuery(
                        "SELECT attempts FROM login_device WHERE device_hash = :device AND employee_id = :employee")
                .bind("device", deviceHash)
                .bind("employee", employeeId)
                .mapTo(Integer.class)
                .one();
    }

    /** Trusts the device for this employee from now on (or again), its slot given back. */
    public void trust(String deviceHash, long employeeId, LocalDateTime now) {
        handle.createUpdate("INSERT INTO login_device (device_hash, employee_id, window_start, attempts, last_seen) "
                        + "VALUES (:device, :employee, :now, 0, :now) "
                        + "ON DUPLICATE KEY UPDATE attempts = GREATEST(attempts - 1, 0), last_seen = :now")
                .bind("device", deviceHash)
                .bind("employee", employeeId)
                .bind("now", now)
                .execute();
    }

    public int deleteWindowsBefore(LocalDateTime before, int limit) {
        return handle.createUpdate("DELETE FROM login_throttle WHERE window_start < :before LIMIT :limit")
                .bind("before", before)
                .bind("limit", limit)
                .execute();
    }

    public int deleteDevicesUnseenSince(LocalDateTime before, int limit) {
        return handle.createUpdate("DELETE FROM login_device WHERE last_seen < :before LIMIT :limit")
                .bind("before", before)
                .bind("limit", limit)
                .execute();
    }
}

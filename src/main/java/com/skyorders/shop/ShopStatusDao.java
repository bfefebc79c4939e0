package com.skyorders.shop;

import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/**
 * The shop's one status row and its change history, on one handle (a plain class: every order submission and the
 * mini-program's status poll read it; see docs/ARCHITECTURE.md, "Data access").
 */
final class ShopStatusDao {

    private final Handle handle;

    ShopStatusDao(Handle handle) {
        this.handle = handle;
    }

    int status() {
        return handle.createQuery("SELECT status FROM shop_status WHERE id = 1")
                .mapTo(Integer.class)
                .one();
    }

    int set(int status, long employeeId, LocalDateTime now) {
        return handle.createUpdate(
                        "UPDATE shop_status SET status = :status, updated_by = :by, updated_at = :now WHERE id = 1")
                .bind("status", status)
                .bind("by", employeeId)
                .bind("now", now)
                .execute();
    }

    void recordChange(int status, long employeeId, LocalDateTime now) {
        handle.createUpdate(
                        "INSERT INTO shop_status_change (status, changed_by, changed_at) VALUES (:status, :by, :now)")
                .bind("status", status)
                .bind("by", employeeId)
                .bind("now", now)
                .execute();
    }
}

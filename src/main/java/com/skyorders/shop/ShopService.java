package com.skyorders.shop;

import com.skyorders.error.AppException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 营业状态: open (1, 营业中) or closed (0, 打烊中), one row in the database so every node sees a change at once.
 * Unlike the tutorial it is enforced: no order is submitted while the shop is closed. Every change is kept with who
 * made it and when.
 */
public final class ShopService {

    public static final int OPEN = 1;
    public static final int CLOSED = 0;
    public static final String CLOSED_MESSAGE = "店铺已打烊";

    private final Jdbi jdbi;
    private final Clock clock;

    public ShopService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public int status() {
        return jdbi.withHandle(handle -> new ShopStatusDao(handle).status());
    }

    public void setStatus(long employeeId, int status) {
        if (status != OPEN && status != CLOSED) {
            throw AppException.invalid("status", "必须是0或1");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            ShopStatusDao shop = new ShopStatusDao(handle);
            shop.set(status, employeeId, now);
            shop.recordChange(status, employeeId, now);
        });
    }

    /**
     * Refuses (409) within the caller's transaction when the shop is closed; call before creating an order. A plain
     * read: a submission that raced a closing commit simply counts as submitted before it.
     */
    public static void requireOpen(Handle handle) {
        if (new ShopStatusDao(handle).status() != OPEN) {
            throw AppException.conflict(CLOSED_MESSAGE);
        }
    }
}

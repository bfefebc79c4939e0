package com.skyorders.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The refund outbox, on one handle. */
public final class RefundDao {

    private static final RowMapper<RefundRequest> REFUND = ConstructorMapper.of(RefundRequest.class);

    private final Handle handle;

    public RefundDao(Handle handle) {
        this.handle = handle;
    }

    /** Once per payment (order, transaction): a repeat of the same decision adds nothing. Returns 1 if added. */
    public int request(
            long orderId,
            String orderNumber,
            String transactionId,
            BigDecimal amount,
            String reason,
            LocalDateTime now) {
        return handle.createUpdate("INSERT IGNORE INTO refund (order_id, refund_number, transaction_id, amount, "
                        + "reason, status, next_attempt_at, created_at) SELECT :orderId, "
                        + "CONCAT('RF', :orderNumber, '-', COUNT(*) + 1), :transactionId, :amount, :reason, "
                        + "'PENDING', :now, :now FROM refund WHERE order_id = :orderId")
                .bind("orderId", orderId)
                .bind("orderNumber", orderNumber)
                .bind("transactionId", transactionId)
                .bind("amount", amount)
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    public List<RefundRequest> due(LocalDateTime now, int limit) {
        return handle.createQuery("SELECT r.id, r.refund_number, o.number AS order_number, r.transaction_id, "
                        + "r.amount, r.reason, r.attempts FROM refund r JOIN orders o ON o.id = r.order_id "
                        + "WHERE r.status = 'PENDING' AND r.next_attempt_at <= :now "
                        + "ORDER BY r.next_attempt_at, r.id LIMIT :limit")
                .bind("now", now)
                .bind("limit", limit)
                .map(REFUND)
                .list();
    }

    public int markSent(long id, String gatewayRef, LocalDateTime now) {
        return handle.createUpdate("UPDATE refund SET status = 'SENT', gateway_ref = :ref, sent_at = :now, "
                        + "attempts = attempts + 1, last_error = NULL WHERE id = :id AND status = 'PENDING'")
                .bind("id", id)
                .bind("ref", gatewayRef)
                .bind("now", now)
                .execute();
    }

    /** Another try later, or FAILED once {@code maxAttempts} have failed (an operator takes over). */
    public int retryLater(long id, LocalDateTime next, String error, int maxAttempts) {
        return handle.createUpdate("UPDATE refund SET status = IF(attempts + 1 >= :maxAttempts, 'FAILED', status), "
                        + "attempts = attempts + 1, next_attempt_at = :next, last_error = :error "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("id", id)
                .bind("next", next)
                .bind("error", error)
                .bind("maxAttempts", maxAttempts)
                .execute();
    }

    /** The provider's final word on a refund it accepted; a repeat of the same word changes nothing. */
    public int settle(String refundNumber, String result, LocalDateTime now) {
        return handle.createUpdate("UPDATE refund SET result = :result, settled_at = COALESCE(settled_at, :now) "
                        + "WHERE refund_number = :refundNumber")
                .bind("refundNumber", refundNumber)
                .bind("result", result)
                .bind("now", now)
                .execute();
    }
}

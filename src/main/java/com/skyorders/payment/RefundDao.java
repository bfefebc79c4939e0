package com.skyorders.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The refund outbox. */
@RegisterConstructorMapper(RefundRequest.class)
public interface RefundDao {

    /** Once per payment (order, transaction): a repeat of the same decision adds nothing. Returns 1 if added. */
    @SqlUpdate("INSERT IGNORE INTO refund (order_id, refund_number, transaction_id, amount, reason, status, "
            + "next_attempt_at, created_at) SELECT :orderId, CONCAT('RF', :orderNumber, '-', COUNT(*) + 1), "
            + ":transactionId, :amount, :reason, 'PENDING', :now, :now FROM refund WHERE order_id = :orderId")
    int request(
            @Bind("orderId") long orderId,
            @Bind("orderNumber") String orderNumber,
            @Bind("transactionId") String transactionId,
            @Bind("amount") BigDecimal amount,
            @Bind("reason") String reason,
            @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT r.id, r.refund_number, o.number AS order_number, r.transaction_id, r.amount, r.reason, "
            + "r.attempts FROM refund r JOIN orders o ON o.id = r.order_id "
            + "WHERE r.status = 'PENDING' AND r.next_attempt_at <= :now ORDER BY r.next_attempt_at, r.id LIMIT :limit")
    List<RefundRequest> due(@Bind("now") LocalDateTime now, @Bind("limit") int limit);

    @SqlUpdate("UPDATE refund SET status = 'SENT', gateway_ref = :ref, sent_at = :now, attempts = attempts + 1, "
            + "last_error = NULL WHERE id = :id AND status = 'PENDING'")
    int markSent(@Bind("id") long id, @Bind("ref") String gatewayRef, @Bind("now") LocalDateTime now);

    /** Another try later, or FAILED once {@code maxAttempts} have failed (an operator takes over). */
    @SqlUpdate("UPDATE refund SET status = IF(attempts + 1 >= :maxAttempts, 'FAILED', status), "
            + "attempts = attempts + 1, next_attempt_at = :next, last_error = :error "
            + "WHERE id = :id AND status = 'PENDING'")
    int retryLater(
            @Bind("id") long id,
            @Bind("next") LocalDateTime next,
            @Bind("error") String error,
            @Bind("maxAttempts") int maxAttempts);

    /** The provider's final word on a refund it accepted; a repeat of the same word changes nothing. */
    @SqlUpdate("UPDATE refund SET result = :result, settled_at = COALESCE(settled_at, :now) "
            + "WHERE refund_number = :refundNumber")
    int settle(
            @Bind("refundNumber") String refundNumber, @Bind("result") String result, @Bind("now") LocalDateTime now);
}

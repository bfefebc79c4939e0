package com.skyorders.payment;

import com.skyorders.error.AppException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a sent refund ended, as the provider tells us (WeChat Pay's refund notification). SUCCESS and CLOSED are
 * recorded; ABNORMAL (the customer's card or account refused the money) is recorded and logged as an error, since
 * only a person can settle it with the customer. A refund number that is not ours is refused.
 */
public final class RefundSettlements {

    private static final Logger log = LoggerFactory.getLogger(RefundSettlements.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public RefundSettlements(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void settle(String refundNumber, String providerRefundId, String result) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = jdbi.withHandle(handle -> new RefundDao(handle).settle(refundNumber, result, now));
        if (rows == 0) {
            throw AppException.notFound("退款单不存在");
        }
        if ("ABNORMAL".equals(result)) {
            log.error(
                    "Refund {} ({}) is ABNORMAL at WeChat Pay: the money did not reach the customer; settle it "
                            + "by hand in the merchant platform",
                    refundNumber,
                    providerRefundId);
        } else {
            log.info("Refund {} ({}) ended {}", refundNumber, providerRefundId, result);
        }
    }
}

package com.skyorders.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default gateway: every payment succeeds at once and every refund is accepted, so the whole flow runs without
 * WeChat. Refunds are recorded by the caller (table refund) with the reference returned here.
 */
public final class MockPaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(MockPaymentGateway.class);

    private final Clock clock;

    public MockPaymentGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Prepay prepay(String orderNumber, BigDecimal amount, String description, String payerOpenid) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        return new Prepay(
                nonce, "MOCK-SIGN", String.valueOf(clock.millis() / 1000), "RSA", "prepay_id=mock-" + orderNumber);
    }

    @Override
    public String transactionIdOf(Prepay prepay) {
        return "mock-" + prepay.packageStr().substring(prepay.packageStr().indexOf("mock-") + 5);
    }

    /** The same refund number always gets the same reference, as a real provider's idempotent refund would. */
    @Override
    public String refund(RefundRequest refund) {
        String reference =
                "MOCK-REFUND-" + UUID.nameUUIDFromBytes(refund.refundNumber().getBytes(StandardCharsets.UTF_8));
        log.info(
                "Mock refund {} ({}) of {} for order {} payment {} ({})",
                refund.refundNumber(),
                reference,
                refund.amount(),
                refund.orderNumber(),
                refund.transactionId(),
                refund.reason());
        return reference;
    }

    @Override
    public boolean confirmsImmediately() {
        return true;
    }
}

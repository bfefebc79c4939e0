package com.skyorders.payment;

import java.math.BigDecimal;

/**
 * The seam to the payment provider (WeChat Pay in sky-take-out). Prepay opens a payment the client completes;
 * refund sends money back. The provider confirms payments to {@code POST /notify/paySuccess}.
 */
public interface PaymentGateway {

    Prepay prepay(String orderNumber, BigDecimal amount, String description);

    /** Asks for a refund and returns the provider's reference for it. */
    String refund(String orderNumber, BigDecimal amount, String reason);

    /** True when the provider confirms at once (the mock): the order is paid without waiting for a callback. */
    boolean confirmsImmediately();
}

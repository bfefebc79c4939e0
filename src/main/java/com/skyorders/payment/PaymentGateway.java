package com.skyorders.payment;

import java.math.BigDecimal;

/**
 * The seam to the payment provider (WeChat Pay in sky-take-out). Prepay opens a payment the client completes;
 * refund sends money back. The mock confirms at once; WeChat Pay by its notification ({@code POST /notify/wechat/pay}).
 */
public interface PaymentGateway {

    /** Opens a payment by the customer {@code payerOpenid}; never called while holding the order's row lock. */
    Prepay prepay(String orderNumber, BigDecimal amount, String description, String payerOpenid);

    /** The provider's id of the payment a prepay opened, when it {@link #confirmsImmediately() confirms at once}. */
    String transactionIdOf(Prepay prepay);

    /**
     * Asks for a refund and returns the provider's reference for it. Must be idempotent by
     * {@link RefundRequest#refundNumber()}: the sender retries until it has recorded an answer. Never called inside
     * a database transaction.
     */
    String refund(RefundRequest refund);

    /** True when the provider confirms at once (the mock): the order is paid without waiting for a callback. */
    boolean confirmsImmediately();
}

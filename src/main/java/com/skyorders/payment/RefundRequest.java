package com.skyorders.payment;

import java.math.BigDecimal;

/**
 * One refund to send: {@code refundNumber} is our idempotency key at the provider (WeChat Pay's out_refund_no), so
 * sending the same request twice — after a crash between sending and recording, say — returns money once.
 */
public record RefundRequest(
        long id,
        String refundNumber,
        String orderNumber,
        String transactionId,
        BigDecimal amount,
        String reason,
        int attempts) {}

package com.skyorders.payment;

import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads WeChat Pay's notifications: the SDK checks the signature over {@code timestamp\nnonce\nbody\n} with the
 * platform public key named by Wechatpay-Serial and decrypts the resource (AEAD_AES_256_GCM, APIv3 key). The SDK
 * does not look at the timestamp's age, so this does: a notification signed more than five minutes away from our
 * clock is refused, so a captured one cannot be replayed later. A notification for another merchant or mini-program
 * is refused too.
 */
public final class WeChatPayNotifications {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final WeChatPaySettings settings;
    private final NotificationParser parser;
    private final Clock clock;

    WeChatPayNotifications(WeChatPaySettings settings, NotificationParser parser, Clock clock) {
        this.settings = settings;
        this.parser = parser;
        this.clock = clock;
    }

    /** Wechatpay-Serial, -Signature, -Timestamp, -Nonce and -Signature-Type, as they came. */
    public record Headers(String serial, String signature, String timestamp, String nonce, String signatureType) {}

    /** A payment: out_trade_no is our order number, the amount is in fen. */
    public record PaymentNotice(String orderNumber, String transactionId, long totalFen, String tradeState) {
        public boolean succeeded() {
            return "SUCCESS".equals(tradeState);
        }
    }

    /** A refund's end: SUCCESS, CLOSED or ABNORMAL. */
    public record RefundNotice(String refundNumber, String refundId, String status) {}

    public PaymentNotice payment(Headers headers, String body) {
        Transaction transaction = parse(headers, body, Transaction.class);
        if (!settings.merchantId().equals(transaction.getMchid())
                || !settings.appId().equals(transaction.getAppid())) {
            throw new NotificationRejectedException("notification for another merchant or app");
        }
        if (transaction.getOutTradeNo() == null
                || transaction.getTransactionId() == null
                || transaction.getAmount() == null
                || transaction.getAmount().getTotal() == null) {
            throw new NotificationRejectedException("payment notification without order, transaction or amount");
        }
        return new PaymentNotice(
                transaction.getOutTradeNo(),
                transaction.getTransactionId(),
                transaction.getAmount().getTotal(),
                transaction.getTradeState() == null
                        ? null
                        : transaction.getTradeState().name());
    }

    public RefundNotice refund(Headers headers, String body) {
        RefundNotification refund = parse(headers, body, RefundNotification.class);
        if (refund.getOutRefundNo() == null || refund.getRefundStatus() == null) {
            throw new NotificationRejectedException("refund notification without refund number or status");
        }
        return new RefundNotice(
                refund.getOutRefundNo(),
                refund.getRefundId(),
                refund.getRefundStatus().name());
    }

    private <T> T parse(Headers headers, String body, Class<T> type) {
        checkAge(headers.timestamp());
        RequestParam request = new RequestParam.Builder()
                .serialNumber(headers.serial())
                .signature(headers.signature())
                .timestamp(headers.timestamp())
                .nonce(headers.nonce())
                .signType(headers.signatureType())
                .body(body)
                .build();
        try {
            return parser.parse(request, type);
        } catch (WechatPayException | IllegalArgumentException e) {
            // The SDK's messages quote the whole signed message: name the kind of failure only.
            throw new NotificationRejectedException(
                    "not verified or not decrypted (" + e.getClass().getSimpleName() + ")");
        } catch (com.google.gson.JsonParseException e) {
            throw new NotificationRejectedException("not a notification (malformed JSON)");
        }
    }

    private void checkAge(String timestamp) {
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotificationRejectedException("no valid Wechatpay-Timestamp");
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_AGE) > 0) {
            throw new NotificationRejectedException("stale Wechatpay-Timestamp " + timestamp);
        }
    }
}

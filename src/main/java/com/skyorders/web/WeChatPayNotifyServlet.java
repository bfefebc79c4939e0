package com.skyorders.web;

import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.http.RequestPath;
import com.skyorders.order.OrderPaymentService;
import com.skyorders.payment.NotificationRejectedException;
import com.skyorders.payment.RefundSettlements;
import com.skyorders.payment.WeChatPayNotifications;
import com.skyorders.payment.WeChatPayNotifications.PaymentNotice;
import com.skyorders.payment.WeChatPayNotifications.RefundNotice;
import com.skyorders.payment.WeChatPaySettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat Pay's notifications ({@code POST /notify/wechat/pay}, {@code /notify/wechat/refund}), answered as WeChat
 * documents: 200 {@code {"code":"SUCCESS"}} when handled (a repeat included: WeChat sends each until it hears
 * success), 4xx with {@code {"code":"FAIL","message":…}} when refused, so WeChat tries again later and nothing of
 * ours changed. A payment is confirmed through the same path as every provider's: amount checked, idempotent per
 * transaction, the merchant rung through the outbox.
 */
public final class WeChatPayNotifyServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(WeChatPayNotifyServlet.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private record Reply(String code, String message) {}

    private final WeChatPayNotifications notifications;
    private final OrderPaymentService payments;
    private final RefundSettlements refunds;
    private final JsonResponses json;

    public WeChatPayNotifyServlet(
            WeChatPayNotifications notifications,
            OrderPaymentService payments,
            RefundSettlements refunds,
            JsonResponses json) {
        this.json = json;
        this.notifications = notifications;
        this.payments = payments;
        this.refunds = refunds;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = RequestPath.of(request);
        if (!path.equals(WeChatPaySettings.PAY_NOTIFY_PATH) && !path.equals(WeChatPaySettings.REFUND_NOTIFY_PATH)) {
            json.write(response, 404, new Reply("FAIL", "没有这个通知地址"));
            return;
        }
        String body = readBody(request);
        if (body == null) {
            json.write(response, 413, new Reply("FAIL", "通知过大"));
            return;
        }
        WeChatPayNotifications.Headers headers = new WeChatPayNotifications.Headers(
                request.getHeader("Wechatpay-Serial"),
                request.getHeader("Wechatpay-Signature"),
                request.getHeader("Wechatpay-Timestamp"),
                request.getHeader("Wechatpay-Nonce"),
                request.getHeader("Wechatpay-Signature-Type"));
        try {
            if (path.equals(WeChatPaySettings.PAY_NOTIFY_PATH)) {
                payment(notifications.payment(headers, body));
            } else {
                RefundNotice refund = notifications.refund(headers, body);
                refunds.settle(refund.refundNumber(), refund.refundId(), refund.status());
            }
            json.write(response, 200, new Reply("SUCCESS", "成功"));
        } catch (NotificationRejectedException e) {
            log.warn("WeChat Pay notification to {} refused: {}", path, e.getMessage());
            json.write(response, 401, new Reply("FAIL", "通知验签失败"));
        } catch (AppException e) {
            log.warn("WeChat Pay notification to {} refused: {}", path, e.getMessage());
            json.write(response, ApiServlet.status(e.problem()), new Reply("FAIL", e.getMessage()));
        }
    }

    private void payment(PaymentNotice notice) {
        if (!notice.succeeded()) {
            // WeChat notifies successful payments only; anything else changes nothing of ours.
            log.info(
                    "WeChat Pay notification for order {} in state {}: nothing to do",
                    notice.orderNumber(),
                    notice.tradeState());
            return;
        }
        OrderPaymentService.PaymentOutcome outcome = payments.confirm(
                notice.orderNumber(), BigDecimal.valueOf(notice.totalFen(), 2), notice.transactionId());
        log.info("WeChat Pay payment {} of order {}: {}", notice.transactionId(), notice.orderNumber(), outcome);
    }

    /** The body as UTF-8, or null when it exceeds the limit (WeChat's notifications are a few hundred bytes). */
    private static String readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

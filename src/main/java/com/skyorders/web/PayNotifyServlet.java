package com.skyorders.web;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.order.OrderPaymentService;
import com.skyorders.payment.CallbackSignature;
import java.math.BigDecimal;

/**
 * POST /notify/paySuccess: the payment gateway's confirmation. The body must carry a valid HMAC signature
 * (see CallbackSignature); the amount must match; repeats are harmless.
 */
public final class PayNotifyServlet extends ApiServlet {

    private record Notice(String orderNumber, BigDecimal amount, String transactionId) {
        void validate() {
            if (orderNumber == null || orderNumber.isBlank()) {
                throw AppException.invalid("orderNumber", "不能为空");
            }
            if (amount == null || amount.signum() <= 0) {
                throw AppException.invalid("amount", "必须大于0");
            }
            if (transactionId == null || transactionId.isBlank() || transactionId.length() > 64) {
                throw AppException.invalid("transactionId", "不能为空且不能超过64个字符");
            }
        }
    }

    private record Outcome(String orderNumber, String result) {}

    public PayNotifyServlet(OrderPaymentService payments, CallbackSignature signature, JsonResponses json) {
        super(json);
        post("/notify/paySuccess", request -> {
            byte[] body = request.rawBody();
            if (!signature.verify(body, request.http().getHeader(CallbackSignature.HEADER))) {
                throw new AppException(Problem.UNAUTHENTICATED, "签名无效");
            }
            Notice notice = request.parse(body, Notice.class);
            notice.validate();
            return new Outcome(
                    notice.orderNumber(),
                    payments.confirm(
                                    notice.orderNumber().trim(),
                                    notice.amount(),
                                    notice.transactionId().trim())
                            .name());
        });
    }
}

package com.skyorders.payment;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import com.wechat.pay.java.service.payments.jsapi.model.Amount;
import com.wechat.pay.java.service.payments.jsapi.model.Payer;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayRequest;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayWithRequestPaymentResponse;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat Pay API v3: a JSAPI prepay answered with what {@code wx.requestPayment} needs (signed by the SDK with the
 * merchant key), and refunds keyed by our refund number (WeChat's out_refund_no: asking again for the same number
 * returns the same refund, never a second one). Payments are confirmed later, by WeChat's notification.
 */
public final class WeChatPayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(WeChatPayGateway.class);
    static final String UNAVAILABLE = "微信支付暂时不可用，请稍后再试";

    private final WeChatPaySettings settings;
    private final JsapiServiceExtension jsapi;
    private final RefundService refunds;

    WeChatPayGateway(WeChatPaySettings settings, JsapiServiceExtension jsapi, RefundService refunds) {
        this.settings = settings;
        this.jsapi = jsapi;
        this.refunds = refunds;
    }

    @Override
    public Prepay prepay(String orderNumber, BigDecimal amount, String description, String payerOpenid) {
        PrepayRequest request = new PrepayRequest();
        request.setAppid(settings.appId());
        request.setMchid(settings.merchantId());
        request.setDescription(description);
        request.setOutTradeNo(orderNumber);
        request.setNotifyUrl(settings.payNotifyUrl());
        Amount total = new Amount();
        total.setTotal(Math.toIntExact(fen(amount)));
        total.setCurrency("CNY");
        request.setAmount(total);
        Payer payer = new Payer();
        payer.setOpenid(payerOpenid);
        request.setPayer(payer);
        PrepayWithRequestPaymentResponse answer;
        try {
            answer = jsapi.prepayWithRequestPayment(request);
        } catch (ServiceException e) {
            if ("ORDERPAID".equals(e.getErrorCode())) {
                throw AppException.conflict("该订单已支付");
            }
            log.error(
                    "WeChat Pay refused the prepay of order {}: HTTP {} {} {}",
                    orderNumber,
                    e.getHttpStatusCode(),
                    e.getErrorCode(),
                    e.getErrorMessage());
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        } catch (WechatPayException e) {
            log.warn(
                    "WeChat Pay prepay of order {} failed: {}",
                    orderNumber,
                    e.getClass().getSimpleName());
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        }
        return new Prepay(
                answer.getNonceStr(),
                answer.getPaySign(),
                answer.getTimeStamp(),
                answer.getSignType(),
                answer.getPackageVal());
    }

    @Override
    public String transactionIdOf(Prepay prepay) {
        throw new UnsupportedOperationException("WeChat Pay confirms by notification, not at prepay");
    }

    /** The whole payment goes back (our refunds always return an order's full amount). */
    @Override
    public String refund(RefundRequest refund) {
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(refund.orderNumber());
        if (refund.transactionId() != null) {
            request.setTransactionId(refund.transactionId());
        }
        request.setOutRefundNo(refund.refundNumber());
        request.setReason(refund.reason());
        request.setNotifyUrl(settings.refundNotifyUrl());
        AmountReq amount = new AmountReq();
        amount.setRefund(fen(refund.amount()));
        amount.setTotal(fen(refund.amount()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        try {
            return refunds.create(request).getRefundId();
        } catch (ServiceException e) {
            // Short and without the signed request: this lands in the refund row and the log.
            throw new IllegalStateException("WeChat Pay refused: HTTP " + e.getHttpStatusCode() + " " + e.getErrorCode()
                    + " " + e.getErrorMessage());
        } catch (WechatPayException e) {
            throw new IllegalStateException(
                    "WeChat Pay unreachable: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean confirmsImmediately() {
        return false;
    }

    /** WeChat counts money in fen (分). */
    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}

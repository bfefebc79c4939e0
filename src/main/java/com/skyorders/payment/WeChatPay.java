package com.skyorders.payment;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import com.wechat.pay.java.service.refund.RefundService;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * WeChat Pay through its official SDK (wechatpay-java), in public-key mode: the merchant key signs our requests and
 * the paySign; the platform public key verifies WeChat's answers and notifications; the APIv3 key decrypts them.
 * Keys are read from the files configuration names, once, at start-up (a bad file fails the start).
 */
public final class WeChatPay implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** WeChat answers prepay and refund in well under a second; a customer waits on the pay page meanwhile. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final WeChatPayGateway gateway;
    private final WeChatPayNotifications notifications;
    private final OkHttpClient okHttp;

    private WeChatPay(WeChatPayGateway gateway, WeChatPayNotifications notifications, OkHttpClient okHttp) {
        this.gateway = gateway;
        this.notifications = notifications;
        this.okHttp = okHttp;
    }

    public static WeChatPay connect(WeChatPaySettings settings, Clock clock) {
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(settings.merchantId())
                .merchantSerialNumber(settings.merchantSerialNumber())
                .privateKeyFromPath(settings.privateKeyFile().toString())
                .publicKeyFromPath(settings.platformPublicKeyFile().toString())
                .publicKeyId(settings.platformPublicKeyId())
                .apiV3Key(settings.apiV3Key())
                .build();
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (!settings.apiBaseUrl().equals(WeChatPaySettings.WECHAT_PAY_API)) {
            builder.addInterceptor(new ApiBaseUrlInterceptor(settings.apiBaseUrl()));
        }
        OkHttpClient okHttp = builder.build();
        HttpClient http = new DefaultHttpClientBuilder()
                .config(config)
                .okHttpClient(okHttp)
                .connectTimeoutMs((int) CONNECT_TIMEOUT.toMillis())
                .readTimeoutMs((int) READ_TIMEOUT.toMillis())
                .writeTimeoutMs((int) READ_TIMEOUT.toMillis())
                .build();
        JsapiServiceExtension jsapi = new JsapiServiceExtension.Builder()
                .config(config)
                .httpClient(http)
                .signType("RSA")
                .build();
        RefundService refunds = new RefundService.Builder().httpClient(http).build();
        return new WeChatPay(
                new WeChatPayGateway(settings, jsapi, refunds),
                new WeChatPayNotifications(settings, new NotificationParser(config), clock),
                okHttp);
    }

    public WeChatPayGateway gateway() {
        return gateway;
    }

    public WeChatPayNotifications notifications() {
        return notifications;
    }

    /** Stops the HTTP client's threads (the SDK's clients share them), so an undeployed webapp leaves none behind. */
    @Override
    public void close() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
    }
}

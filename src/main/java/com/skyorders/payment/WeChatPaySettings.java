package com.skyorders.payment;

import java.net.URI;
import java.nio.file.Path;

/**
 * A merchant's WeChat Pay (API v3) account in public-key mode: no platform certificate is downloaded; WeChat's
 * signatures are checked with the platform public key the merchant platform shows (and its id).
 *
 * @param appId                 the mini-program paying customers use (the openid belongs to it)
 * @param merchantId            mchid
 * @param merchantSerialNumber  serial number of the merchant API certificate whose private key signs our requests
 * @param privateKeyFile        PEM file of that private key (apiclient_key.pem); read at start-up, never logged
 * @param apiV3Key              the 32-character APIv3 key that encrypts notifications; never logged
 * @param platformPublicKeyFile PEM file of WeChat Pay's platform public key (pub_key.pem)
 * @param platformPublicKeyId   its id ({@code PUB_KEY_ID_…}), sent by WeChat as Wechatpay-Serial
 * @param notifyBaseUrl         our public HTTPS origin WeChat calls back: {@code …/notify/wechat/pay} and
 *                              {@code …/notify/wechat/refund}
 * @param apiBaseUrl            where WeChat Pay's API answers: its public address, or a stand-in in tests
 */
public record WeChatPaySettings(
        String appId,
        String merchantId,
        String merchantSerialNumber,
        Path privateKeyFile,
        String apiV3Key,
        Path platformPublicKeyFile,
        String platformPublicKeyId,
        URI notifyBaseUrl,
        URI apiBaseUrl) {

    public static final URI WECHAT_PAY_API = URI.create("https://api.mch.weixin.qq.com");
    public static final String PAY_NOTIFY_PATH = "/notify/wechat/pay";
    public static final String REFUND_NOTIFY_PATH = "/notify/wechat/refund";

    public String payNotifyUrl() {
        return base(notifyBaseUrl) + PAY_NOTIFY_PATH;
    }

    public String refundNotifyUrl() {
        return base(notifyBaseUrl) + REFUND_NOTIFY_PATH;
    }

    private static String base(URI uri) {
        return uri.toString().replaceAll("/+$", "");
    }

    /** Without the APIv3 key: this may be logged. */
    @Override
    public String toString() {
        return "WeChatPaySettings[appId=" + appId + ", merchantId=" + merchantId + ", merchantSerialNumber="
                + merchantSerialNumber + ", privateKeyFile=" + privateKeyFile + ", platformPublicKeyFile="
                + platformPublicKeyFile + ", platformPublicKeyId=" + platformPublicKeyId + ", notifyBaseUrl="
                + notifyBaseUrl + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}

package com.skyorders.testing;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A WeChat Pay notification as WeChat sends it: the resource encrypted with AEAD_AES_256_GCM under the APIv3 key,
 * the whole body signed ({@code timestamp\nnonce\nbody\n}) with the platform private key, the signature and its key
 * id in Wechatpay-* headers. Fields are public so a test can tamper with exactly one.
 */
public final class WeChatNotification {

    public String body;
    public String timestamp;
    public String nonce;
    public String serial = WeChatKeys.PLATFORM_KEY_ID;
    public String signature;

    /** A successful payment of {@code orderNumber} for {@code totalFen}, signed {@code signedAt}. */
    public static WeChatNotification payment(
            WeChatKeys keys, String orderNumber, String transactionId, long totalFen, Instant signedAt) {
        JsonObject amount = new JsonObject();
        amount.addProperty("total", totalFen);
        amount.addProperty("payer_total", totalFen);
        amount.addProperty("currency", "CNY");
        amount.addProperty("payer_currency", "CNY");
        JsonObject payer = new JsonObject();
        payer.addProperty("openid", "o-it-payer");
        JsonObject transaction = new JsonObject();
        transaction.addProperty("appid", WeChatKeys.APP_ID);
        transaction.addProperty("mchid", WeChatKeys.MERCHANT_ID);
        transaction.addProperty("out_trade_no", orderNumber);
        transaction.addProperty("transaction_id", transactionId);
        transaction.addProperty("trade_type", "JSAPI");
        transaction.addProperty("trade_state", "SUCCESS");
        transaction.addProperty("trade_state_desc", "支付成功");
        transaction.addProperty("bank_type", "OTHERS");
        transaction.addProperty("success_time", "2026-12-06T12:00:00+08:00");
        transaction.add("payer", payer);
        transaction.add("amount", amount);
        return signed(keys, "TRANSACTION.SUCCESS", "transaction", transaction, signedAt);
    }

    /** A refund's end ({@code SUCCESS}, {@code CLOSED}, {@code ABNORMAL}). */
    public static WeChatNotification refund(
            WeChatKeys keys, String refundNumber, String refundId, String status, Instant signedAt) {
        JsonObject refund = new JsonObject();
        refund.addProperty("mchid", WeChatKeys.MERCHANT_ID);
        refund.addProperty("out_refund_no", refundNumber);
        refund.addProperty("refund_id", refundId);
        refund.addProperty("refund_status", status);
        return signed(keys, "REFUND." + status, "refund", refund, signedAt);
    }

    private static WeChatNotification signed(
            WeChatKeys keys, String event, String type, JsonObject plaintext, Instant signedAt) {
        String resourceNonce = UUID.randomUUID().toString().substring(0, 12);
        JsonObject resource = new JsonObject();
        resource.addProperty("original_type", type);
        resource.addProperty("algorithm", "AEAD_AES_256_GCM");
        resource.addProperty("ciphertext", encrypt(plaintext.toString(), resourceNonce, type));
        resource.addProperty("associated_data", type);
        resource.addProperty("nonce", resourceNonce);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("id", UUID.randomUUID().toString());
        envelope.addProperty("create_time", "2026-12-06T12:00:00+08:00");
        envelope.addProperty("resource_type", "encrypt-resource");
        envelope.addProperty("event_type", event);
        envelope.addProperty("summary", "通知");
        envelope.add("resource", resource);
        WeChatNotification notification = new WeChatNotification();
        notification.body = envelope.toString();
        notification.timestamp = String.valueOf(signedAt.getEpochSecond());
        notification.nonce = UUID.randomUUID().toString().replace("-", "");
        notification.signature = WeChatKeys.sign(
                keys.platformPrivateKey(),
                notification.timestamp + "\n" + notification.nonce + "\n" + notification.body + "\n");
        return notification;
    }

    private static String encrypt(String plaintext, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(WeChatKeys.API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends it to {@code path} (e.g. /notify/wechat/pay) as WeChat would. */
    public ApiResponse sendTo(Api api, String path) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Wechatpay-Serial", serial)
                .header("Wechatpay-Signature", signature)
                .header("Wechatpay-Timestamp", timestamp)
                .header("Wechatpay-Nonce", nonce)
                .header("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}

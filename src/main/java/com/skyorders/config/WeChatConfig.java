package com.skyorders.config;

import com.skyorders.payment.WeChatPaySettings;
import com.skyorders.user.WeChatLoginSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The WeChat keys ({@code sky.wechat.*}, {@code sky.wechatpay.*}). Every key is read whatever the providers, so the
 * configuration surface is the same everywhere; they are required only when {@code sky.identity.provider} or
 * {@code sky.pay.provider} is {@code wechat}. Secrets are checked for presence and shape, never echoed.
 */
final class WeChatConfig {

    private WeChatConfig() {}

    static WeChatLoginSettings login(ConfigReader reader, boolean required) {
        return new WeChatLoginSettings(
                appId(reader, required),
                text(reader, "sky.wechat.appSecret", required),
                url(reader, "sky.wechat.apiBaseUrl", WeChatLoginSettings.WECHAT_API, false));
    }

    static WeChatPaySettings pay(ConfigReader reader, boolean required) {
        String apiV3Key = text(reader, "sky.wechatpay.apiV3Key", required);
        if (required && !apiV3Key.isEmpty() && apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            reader.reject("sky.wechatpay.apiV3Key must be the 32-character APIv3 key of the merchant platform");
        }
        return new WeChatPaySettings(
                appId(reader, required),
                text(reader, "sky.wechatpay.merchantId", required),
                text(reader, "sky.wechatpay.merchantSerialNumber", required),
                file(reader, "sky.wechatpay.privateKeyFile", required),
                apiV3Key,
                file(reader, "sky.wechatpay.platformPublicKeyFile", required),
                text(reader, "sky.wechatpay.platformPublicKeyId", required),
                url(reader, "sky.wechatpay.notifyBaseUrl", null, required),
                url(reader, "sky.wechatpay.apiBaseUrl", WeChatPaySettings.WECHAT_PAY_API, false));
    }

    private static String appId(ConfigReader reader, boolean required) {
        return text(reader, "sky.wechat.appId", required);
    }

    private static String text(ConfigReader reader, String key, boolean required) {
        Optional<String> value = reader.raw(key);
        if (required && value.isEmpty()) {
            reader.reject(key + " is not set (required with the wechat provider)");
        }
        return value.orElse("");
    }

    private static Path file(ConfigReader reader, String key, boolean required) {
        Optional<String> value = reader.raw(key);
        if (!required) {
            return value.map(Path::of).orElse(null);
        }
        if (value.isEmpty()) {
            reader.reject(key + " is not set (required with the wechat provider)");
            return null;
        }
        Path path = Path.of(value.get());
        if (!Files.isReadable(path)) {
            reader.reject(key + "=" + path + " is not a readable file");
        }
        return path;
    }

    /** An absolute http(s) URL; the notify URL must be HTTPS, as WeChat Pay calls back only over TLS. */
    private static URI url(ConfigReader reader, String key, URI defaultValue, boolean required) {
        Optional<String> value = reader.raw(key);
        if (value.isEmpty()) {
            if (required && defaultValue == null) {
                reader.reject(key + " is not set (required with the wechat provider)");
            }
            return defaultValue;
        }
        try {
            URI uri = URI.create(value.get());
            boolean https = "https".equals(uri.getScheme());
            boolean allowed = https || ("http".equals(uri.getScheme()) && defaultValue != null);
            if (allowed && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        reader.reject(key + "='" + value.get() + "' is not an absolute " + (defaultValue == null ? "https" : "http(s)")
                + " URL");
        return defaultValue;
    }
}

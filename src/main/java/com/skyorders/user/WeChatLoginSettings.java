package com.skyorders.user;

import java.net.URI;

/**
 * What {@code jscode2session} needs: the mini-program's app id and secret (from its WeChat console), and where WeChat's
 * API answers (its public address in production, a stand-in in tests).
 */
public record WeChatLoginSettings(String appId, String appSecret, URI apiBaseUrl) {

    public static final URI WECHAT_API = URI.create("https://api.weixin.qq.com");

    /** Without the secret: this may be logged. */
    @Override
    public String toString() {
        return "WeChatLoginSettings[appId=" + appId + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}

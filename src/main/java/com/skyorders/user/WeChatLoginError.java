package com.skyorders.user;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat's documented {@code jscode2session} error codes, as refusals the mini-program can show: the customer's code
 * is bad (401, log in again), WeChat is busy (503, try later), or our own app id or secret is wrong (503, logged as an
 * error for the operator: the customer can do nothing about it).
 */
final class WeChatLoginError {

    private static final Logger log = LoggerFactory.getLogger(WeChatLoginError.class);
    static final String LOGIN_FAILED = "登录失败";

    private WeChatLoginError() {}

    static AppException refusal(int errcode, String errmsg) {
        return switch (errcode) {
            case 40029 -> unauthenticated("登录失败：登录凭证无效，请重新进入小程序");
            case 40163 -> unauthenticated("登录失败：登录凭证已使用，请重新进入小程序");
            case 40226 -> unauthenticated("登录失败：微信账号存在风险，无法登录");
            case 45011 -> new AppException(Problem.TOO_MANY_REQUESTS, "登录太频繁，请稍后再试");
            case -1 -> {
                log.warn("WeChat login busy (errcode -1)");
                yield new AppException(Problem.UNAVAILABLE, WeChatIdentityProvider.UNAVAILABLE);
            }
            case 40013, 40125, 41002, 41004, 40001 -> {
                log.error(
                        "WeChat refused our credentials (errcode {}: {}): check sky.wechat.appId and "
                                + "sky.wechat.appSecret",
                        errcode,
                        errmsg);
                yield new AppException(Problem.UNAVAILABLE, WeChatIdentityProvider.UNAVAILABLE);
            }
            default -> {
                log.warn("WeChat login refused (errcode {}: {})", errcode, errmsg);
                yield unauthenticated(LOGIN_FAILED);
            }
        };
    }

    private static AppException unauthenticated(String message) {
        return new AppException(Problem.UNAUTHENTICATED, message);
    }
}

package com.skyorders.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WeChat's jscode2session errcodes and what the mini-program is told. */
class WeChatLoginErrorTest {

    @ParameterizedTest(name = "errcode {0} → {1}")
    @CsvSource({
        "40029, UNAUTHENTICATED, 登录失败：登录凭证无效，请重新进入小程序",
        "40163, UNAUTHENTICATED, 登录失败：登录凭证已使用，请重新进入小程序",
        "40226, UNAUTHENTICATED, 登录失败：微信账号存在风险，无法登录",
        "45011, TOO_MANY_REQUESTS, 登录太频繁，请稍后再试",
        "-1, UNAVAILABLE, 微信登录服务暂时不可用，请稍后再试",
        "40125, UNAVAILABLE, 微信登录服务暂时不可用，请稍后再试",
        "40013, UNAVAILABLE, 微信登录服务暂时不可用，请稍后再试",
        "61234, UNAUTHENTICATED, 登录失败"
    })
    void eachErrcodeIsARefusalTheCustomerCanRead(int errcode, Problem problem, String message) {
        AppException refusal = WeChatLoginError.refusal(errcode, "errmsg");
        assertEquals(problem, refusal.problem());
        assertEquals(message, refusal.getMessage());
    }
}

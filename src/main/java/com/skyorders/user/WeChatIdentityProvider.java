package com.skyorders.user;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat's login: {@code GET /sns/jscode2session} turns the code {@code wx.login} gave the mini-program into the
 * customer's openid (the same one on every launch). The session key WeChat also returns is not kept: nothing here
 * decrypts user data. The request carries the app secret, so its URL is never logged.
 */
public final class WeChatIdentityProvider implements IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(WeChatIdentityProvider.class);
    /** Short: the customer is waiting on the splash screen, and a slow WeChat should not hold our threads. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final String UNAVAILABLE = "微信登录服务暂时不可用，请稍后再试";

    private final WeChatLoginSettings settings;
    private final HttpClient http;

    public WeChatIdentityProvider(WeChatLoginSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String openidFor(String code) {
        if (code == null || code.isBlank() || code.length() > 128) {
            throw AppException.invalid("code", "不能为空且不能超过128个字符");
        }
        JsonObject answer = ask(code.trim());
        int errcode = answer.has("errcode") ? answer.get("errcode").getAsInt() : 0;
        if (errcode != 0) {
            throw WeChatLoginError.refusal(errcode, text(answer.get("errmsg")));
        }
        String openid = text(answer.get("openid"));
        if (openid == null || openid.isBlank() || openid.length() > 45) {
            log.warn("jscode2session answered without a usable openid");
            throw new AppException(Problem.UNAUTHENTICATED, WeChatLoginError.LOGIN_FAILED);
        }
        return openid;
    }

    private JsonObject ask(String code) {
        URI uri = URI.create(settings.apiBaseUrl().toString().replaceAll("/+$", "")
                + "/sns/jscode2session?appid=" + encode(settings.appId())
                + "&secret=" + encode(settings.appSecret())
                + "&js_code=" + encode(code)
                + "&grant_type=authorization_code");
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("WeChat login unreachable: {}", e.getClass().getSimpleName());
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        }
        if (response.statusCode() != 200) {
            log.warn("WeChat login answered HTTP {}", response.statusCode());
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            log.warn("WeChat login answered something that is not a JSON object");
            throw new AppException(Problem.UNAVAILABLE, UNAVAILABLE);
        }
    }

    private static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package com.skyorders.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/**
 * WeChat, as far as we use it, on a local port: {@code /sns/jscode2session} (login codes the test issues, each good
 * once), and WeChat Pay's {@code /v3/pay/transactions/jsapi} and {@code /v3/refund/domestic/refunds}. Like the real
 * one, it refuses requests not signed with the merchant's key, signs its answers with the platform key, and answers
 * a repeated out_refund_no with the refund it already made: money goes back once per refund number.
 *
 * <p>It runs in its own embedded Tomcat, not the JDK's HttpServer: that one rewrites header names to
 * {@code Wechatpay-timestamp}, and the SDK looks its response headers up case-sensitively ({@code Wechatpay-Timestamp},
 * as WeChat sends them), so every answer would fail verification for a reason real WeChat never gives.
 */
public final class WeChatStandIn extends HttpServlet implements AutoCloseable {

    private static final Pattern AUTH_FIELD = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** A prepay as WeChat received it. */
    public record PrepayCall(
            String appid, String mchid, String outTradeNo, int total, String openid, String notifyUrl) {}

    private final transient WeChatKeys keys;
    private transient Tomcat tomcat;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> usedCodes = new ConcurrentHashMap<>();
    private final List<PrepayCall> prepays = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> refundCalls = new ConcurrentHashMap<>();
    private final Map<String, String> refundsMade = new ConcurrentHashMap<>();
    private final AtomicInteger refundsToLose = new AtomicInteger();

    private WeChatStandIn(WeChatKeys keys) {
        this.keys = keys;
    }

    public static WeChatStandIn start(WeChatKeys keys, Path baseDir) throws LifecycleException {
        WeChatStandIn standIn = new WeChatStandIn(keys);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toAbsolutePath().toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "wechat", standIn);
        context.addServletMappingDecoded("/*", "wechat");
        tomcat.start();
        standIn.tomcat = tomcat;
        return standIn;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().equals("/sns/jscode2session")) {
            jscode2session(request, response);
        } else if (request.getRequestURI().startsWith("/v3/")) {
            pay(request, response);
        } else {
            response.sendError(404);
        }
    }

    /** What wx.login gives the mini-program of the WeChat user {@code openid}: a fresh code, good once. */
    public String loginCode(String openid) {
        String code = "0" + UUID.randomUUID().toString().replace("-", "").substring(0, 31);
        codes.put(code, openid);
        return code;
    }

    public List<PrepayCall> prepays() {
        return List.copyOf(prepays);
    }

    public int refundCalls(String outRefundNo) {
        AtomicInteger calls = refundCalls.get(outRefundNo);
        return calls == null ? 0 : calls.get();
    }

    /** Refunds actually made (money returned), by out_refund_no. */
    public Map<String, String> refundsMade() {
        return Map.copyOf(refundsMade);
    }

    /** The next refund is made, but its answer is lost (HTTP 500): as a timeout after WeChat acted would be. */
    public void loseNextRefundAnswer() {
        refundsToLose.incrementAndGet();
    }

    private void jscode2session(HttpServletRequest http, HttpServletResponse response) throws IOException {
        Map<String, String> query = query(http.getQueryString());
        JsonObject answer = new JsonObject();
        if (!WeChatKeys.APP_ID.equals(query.get("appid")) || !WeChatKeys.APP_SECRET.equals(query.get("secret"))) {
            answer.addProperty("errcode", 40125);
            answer.addProperty("errmsg", "invalid appsecret");
        } else if (!"authorization_code".equals(query.get("grant_type"))) {
            answer.addProperty("errcode", 40002);
            answer.addProperty("errmsg", "invalid grant_type");
        } else {
            String code = query.getOrDefault("js_code", "");
            String openid = codes.remove(code);
            if (openid == null && usedCodes.containsKey(code)) {
                answer.addProperty("errcode", 40163);
                answer.addProperty("errmsg", "code been used");
            } else if (openid == null) {
                answer.addProperty("errcode", 40029);
                answer.addProperty("errmsg", "invalid code");
            } else {
                usedCodes.put(code, true);
                answer.addProperty("openid", openid);
                answer.addProperty("session_key", "c2Vzc2lvbi1rZXk=");
            }
        }
        // WeChat answers this one as text/plain, unsigned.
        reply(response, 200, answer.toString(), false);
    }

    private void pay(HttpServletRequest http, HttpServletResponse response) throws IOException {
        String body = new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!signedByMerchant(http, body)) {
            reply(response, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}", true);
            return;
        }
        JsonObject request = JsonParser.parseString(body).getAsJsonObject();
        String path = http.getRequestURI();
        if (path.equals("/v3/pay/transactions/jsapi") && http.getMethod().equals("POST")) {
            prepays.add(new PrepayCall(
                    request.get("appid").getAsString(),
                    request.get("mchid").getAsString(),
                    request.get("out_trade_no").getAsString(),
                    request.getAsJsonObject("amount").get("total").getAsInt(),
                    request.getAsJsonObject("payer").get("openid").getAsString(),
                    request.get("notify_url").getAsString()));
            String prepayId = "wx" + request.get("out_trade_no").getAsString();
            reply(response, 200, "{\"prepay_id\":\"" + prepayId + "\"}", true);
        } else if (path.equals("/v3/refund/domestic/refunds")
                && http.getMethod().equals("POST")) {
            refund(response, request);
        } else {
            reply(response, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such API\"}", true);
        }
    }

    private void refund(HttpServletResponse response, JsonObject request) throws IOException {
        String outRefundNo = request.get("out_refund_no").getAsString();
        refundCalls.computeIfAbsent(outRefundNo, k -> new AtomicInteger()).incrementAndGet();
        String refundId = refundsMade.computeIfAbsent(
                outRefundNo,
                k -> "5030" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        if (refundsToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(response, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}", true);
            return;
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("refund_id", refundId);
        answer.addProperty("out_refund_no", outRefundNo);
        answer.addProperty("out_trade_no", request.get("out_trade_no").getAsString());
        answer.addProperty("status", "PROCESSING");
        answer.addProperty("create_time", "2026-12-06T10:00:00+08:00");
        reply(response, 200, answer.toString(), true);
    }

    /** WECHATPAY2-SHA256-RSA2048 over method, path and query, timestamp, nonce and body, by the merchant's key. */
    private boolean signedByMerchant(HttpServletRequest http, String body) {
        String authorization = http.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
            return false;
        }
        Map<String, String> fields = new ConcurrentHashMap<>();
        Matcher matcher = AUTH_FIELD.matcher(authorization);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        String uri = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
        String message = http.getMethod() + "\n" + uri + "\n" + fields.get("timestamp") + "\n" + fields.get("nonce_str")
                + "\n" + body + "\n";
        return WeChatKeys.MERCHANT_ID.equals(fields.get("mchid"))
                && WeChatKeys.MERCHANT_SERIAL.equals(fields.get("serial_no"))
                && WeChatKeys.verify(keys.merchantPublicKey(), message, fields.getOrDefault("signature", ""));
    }

    private void reply(HttpServletResponse response, int status, String body, boolean signed) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(signed ? "application/json" : "text/plain");
        if (signed) {
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            String nonce = UUID.randomUUID().toString().replace("-", "");
            response.setHeader("Request-ID", UUID.randomUUID().toString());
            response.setHeader("Wechatpay-Timestamp", timestamp);
            response.setHeader("Wechatpay-Nonce", nonce);
            response.setHeader("Wechatpay-Serial", WeChatKeys.PLATFORM_KEY_ID);
            response.setHeader(
                    "Wechatpay-Signature",
                    WeChatKeys.sign(keys.platformPrivateKey(), timestamp + "\n" + nonce + "\n" + body + "\n"));
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}

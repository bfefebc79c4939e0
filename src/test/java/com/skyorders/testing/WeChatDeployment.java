package com.skyorders.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;

/**
 * The WAR deployed once more, beside the default (mock/demo) deployment and on the same database, with both WeChat
 * providers pointed at a {@link WeChatStandIn} and with keys made for this test class. Closing undeploys it.
 */
public final class WeChatDeployment implements AutoCloseable {

    /** Where WeChat Pay is told to call back; the stand-in never calls it, tests post notifications themselves. */
    public static final String NOTIFY_BASE_URL = "https://shop.example.com";

    private final TestServer server;
    private final String path;
    private final WeChatKeys keys;
    private final WeChatStandIn standIn;
    private Context context;

    private WeChatDeployment(TestServer server, String path, WeChatKeys keys, WeChatStandIn standIn) {
        this.server = server;
        this.path = path;
        this.keys = keys;
        this.standIn = standIn;
    }

    /** Deploys at {@code path} (e.g. {@code /wx}) with a fresh stand-in and fresh keys. */
    public static WeChatDeployment start(TestServer server, String path) throws Exception {
        Path dir = Path.of("target", "it", "wechat" + path.replace('/', '-'));
        WeChatKeys keys = WeChatKeys.generate(dir);
        WeChatStandIn standIn = WeChatStandIn.start(keys, dir.resolve("stand-in"));
        WeChatDeployment deployment = new WeChatDeployment(server, path, keys, standIn);
        deployment.context = deployment.deploy(deployment.parameters(standIn.baseUrl()));
        return deployment;
    }

    /** The parameters a real shop sets (docs/API.md, "A real shop"), WeChat's addresses pointed at the stand-in. */
    public Map<String, String> parameters(String wechatBaseUrl) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sky.identity.provider", "wechat");
        parameters.put("sky.pay.provider", "wechat");
        parameters.put("sky.wechat.appId", WeChatKeys.APP_ID);
        parameters.put("sky.wechat.appSecret", WeChatKeys.APP_SECRET);
        parameters.put("sky.wechat.apiBaseUrl", wechatBaseUrl);
        parameters.put("sky.wechatpay.merchantId", WeChatKeys.MERCHANT_ID);
        parameters.put("sky.wechatpay.merchantSerialNumber", WeChatKeys.MERCHANT_SERIAL);
        parameters.put(
                "sky.wechatpay.privateKeyFile",
                keys.merchantKeyFile().toAbsolutePath().toString());
        parameters.put("sky.wechatpay.apiV3Key", WeChatKeys.API_V3_KEY);
        parameters.put(
                "sky.wechatpay.platformPublicKeyFile",
                keys.platformPublicKeyFile().toAbsolutePath().toString());
        parameters.put("sky.wechatpay.platformPublicKeyId", WeChatKeys.PLATFORM_KEY_ID);
        parameters.put("sky.wechatpay.notifyBaseUrl", NOTIFY_BASE_URL);
        parameters.put("sky.wechatpay.apiBaseUrl", wechatBaseUrl);
        return parameters;
    }

    /** Deploys the WAR again at another path with these parameters (a start-up that fails returns a failed one). */
    public Context deployAlso(String otherPath, Map<String, String> parameters) {
        return server.deployExtra(otherPath, parameters);
    }

    private Context deploy(Map<String, String> parameters) {
        Context deployed = server.deployExtra(path, parameters);
        if (deployed == null || deployed.getState() != LifecycleState.STARTED) {
            throw new IllegalStateException("the WeChat deployment at " + path + " failed to start; see the log");
        }
        return deployed;
    }

    /** Stops this node and starts it again on the same database: what survives is what was committed. */
    public void restart() {
        server.undeploy(context);
        context = deploy(parameters(standIn.baseUrl()));
    }

    public Api api() {
        return new Api(server, path);
    }

    public Context context() {
        return context;
    }

    public WeChatKeys keys() {
        return keys;
    }

    public WeChatStandIn standIn() {
        return standIn;
    }

    @Override
    public void close() {
        try {
            server.undeploy(context);
        } finally {
            standIn.close();
        }
    }
}

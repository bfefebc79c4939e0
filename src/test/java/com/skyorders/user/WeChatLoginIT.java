package com.skyorders.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import com.skyorders.testing.WeChatDeployment;
import com.skyorders.testing.WeChatKeys;
import java.net.ServerSocket;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sky.identity.provider=wechat: login codes go to jscode2session (a stand-in here) and come back as openids. */
@ExtendWith(SkyOrders.class)
class WeChatLoginIT {

    private static WeChatDeployment wechat;
    private final TestServer server;

    WeChatLoginIT(TestServer server) {
        this.server = server;
    }

    @BeforeAll
    static void deploy(TestServer server) throws Exception {
        wechat = WeChatDeployment.start(server, "/wx-login");
    }

    @AfterAll
    static void undeploy() {
        wechat.close();
    }

    @Test
    void theSameWeChatUserIsTheSameCustomerOnEveryLaunch() {
        Api api = wechat.api();
        JsonObject first = login(api, wechat.standIn().loginCode("o-launch-alice"));
        JsonObject second = login(api, wechat.standIn().loginCode("o-launch-alice"));
        JsonObject other = login(api, wechat.standIn().loginCode("o-launch-bob"));
        assertEquals("o-launch-alice", first.get("openid").getAsString());
        assertEquals(first.get("id").getAsLong(), second.get("id").getAsLong());
        assertNotEquals(first.get("id").getAsLong(), other.get("id").getAsLong());
        assertNotEquals(first.get("token").getAsString(), second.get("token").getAsString());
        assertEquals(
                200,
                api.get(
                                "/user/order/historyOrders",
                                "authentication",
                                second.get("token").getAsString())
                        .status());
        assertEquals(1, customersWithOpenid("o-launch-alice"));
    }

    @Test
    void anInvalidOrUsedCodeIsRefusedWithAMessageTheMiniProgramCanShow() {
        ApiResponse invalid = wechat.api().post("/user/user/login", "{\"code\":\"0a1b2c3d-not-issued\"}");
        assertEquals(401, invalid.status(), invalid::toString);
        assertEquals(0, invalid.code());
        assertEquals("登录失败：登录凭证无效，请重新进入小程序", invalid.msg());

        String code = wechat.standIn().loginCode("o-used");
        login(wechat.api(), code);
        ApiResponse used = wechat.api().post("/user/user/login", "{\"code\":\"" + code + "\"}");
        assertEquals(401, used.status(), used::toString);
        assertEquals("登录失败：登录凭证已使用，请重新进入小程序", used.msg());

        assertEquals(400, wechat.api().post("/user/user/login", "{}").status());
        assertFalse(
                server.logs().messagesSince(0).stream().anyMatch(line -> line.contains(WeChatKeys.APP_SECRET)),
                "the app secret is never logged");
        assertEquals(1, customersWithOpenid("o-used"), "the good code registered once");
    }

    @Test
    void weChatUnreachableIsA503NotALoginFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Context down = wechat.deployAlso("/wx-down", wechat.parameters("http://127.0.0.1:" + closedPort));
        try {
            ApiResponse response = new Api(server, "/wx-down").post("/user/user/login", "{\"code\":\"0abc\"}");
            assertEquals(503, response.status(), response::toString);
            assertEquals("微信登录服务暂时不可用，请稍后再试", response.msg());
        } finally {
            server.undeploy(down);
        }
    }

    private static JsonObject login(Api api, String code) {
        ApiResponse login = api.post("/user/user/login", "{\"code\":\"" + code + "\"}");
        assertEquals(200, login.status(), login::toString);
        return login.data().getAsJsonObject();
    }

    private int customersWithOpenid(String openid) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM user WHERE openid = :o")
                        .bind("o", openid)
                        .mapTo(Integer.class)
                        .one());
    }
}

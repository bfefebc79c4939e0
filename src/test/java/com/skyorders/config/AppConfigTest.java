package com.skyorders.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void contextParameterWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> params = Map.of("sky.db.url", "jdbc:mysql://param/db", "sky.db.poolSize", " ");
        Map<String, String> env =
                Map.of("SKY_DB_URL", "jdbc:mysql://env/db", "SKY_DB_POOLSIZE", "7", "SKY_DB_USER", "shop");
        AppConfig config = AppConfig.read(new ConfigReader(params::get, providers(env)));
        assertEquals("jdbc:mysql://param/db", config.dbUrl());
        assertEquals(7, config.dbPoolSize(), "a blank parameter falls through to the environment");
        assertEquals("shop", config.dbUser());
        assertEquals(ZoneId.of("Asia/Shanghai"), config.zone());
        assertEquals(Duration.ofSeconds(3), config.dbConnectTimeout());
        assertFalse(config.demoData());
    }

    @Test
    void everyBadKeyIsNamedAtOnce() {
        Map<String, String> params = Map.of(
                "sky.db.url",
                "postgres://x",
                "sky.db.poolSize",
                "0",
                "sky.db.demoData",
                "maybe",
                "sky.zone",
                "Mars/Base",
                "sky.db.connectTimeout",
                "soon");
        InvalidConfigException e = assertThrows(
                InvalidConfigException.class, () -> AppConfig.read(new ConfigReader(params::get, providers(Map.of()))));
        assertEquals(5, e.problems().size(), e.getMessage());
        for (String key : params.keySet()) {
            assertTrue(e.getMessage().contains(key), () -> key + " missing from " + e.getMessage());
        }
    }

    @Test
    void durationsTakeSecondsOrIso8601() {
        Map<String, String> env = Map.of("SKY_DB_CONNECTTIMEOUT", "2");
        assertEquals(
                Duration.ofSeconds(2),
                AppConfig.read(new ConfigReader(k -> null, providers(env))).dbConnectTimeout());
        env = Map.of("SKY_DB_CONNECTTIMEOUT", "PT0.5S");
        assertEquals(
                Duration.ofMillis(500),
                AppConfig.read(new ConfigReader(k -> null, providers(env))).dbConnectTimeout());
    }

    @Test
    void describeNeverShowsThePassword() {
        Map<String, String> env =
                Map.of("SKY_DB_PASSWORD", "s3cret", "SKY_DB_URL", "jdbc:mysql://h/db?user=x&password=s3cret");
        String line =
                AppConfig.read(new ConfigReader(k -> null, providers(env))).describe();
        assertFalse(line.contains("s3cret"), line);
    }

    @Test
    void allowedSocketOriginsAreValidatedAndTheConsoleLifetimesCrossChecked() {
        Map<String, String> good =
                Map.of("sky.ws.allowedOrigins", " http://localhost, https://Admin.Shop.example:8443 ,");
        AppConfig config = AppConfig.read(new ConfigReader(good::get, providers(Map.of())));
        assertEquals(
                "[http://localhost, https://admin.shop.example:8443]",
                config.wsAllowedOrigins().toString());
        assertEquals(Duration.ofHours(12), config.staffTokenTtl());
        assertEquals(Duration.ofMinutes(30), config.consoleIdleTimeout());

        Map<String, String> bad = Map.of(
                "sky.ws.allowedOrigins",
                "http://localhost/admin,*",
                "sky.console.idleTimeout",
                "PT2H",
                "sky.console.maxAge",
                "PT1H");
        InvalidConfigException e = assertThrows(
                InvalidConfigException.class, () -> AppConfig.read(new ConfigReader(bad::get, providers(Map.of()))));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("'http://localhost/admin' is not an origin"), e.getMessage());
        assertTrue(e.getMessage().contains("'*' is not an origin"), e.getMessage());
        assertTrue(e.getMessage().contains("sky.console.maxAge must not be shorter"), e.getMessage());
    }

    @Test
    void aDeploymentThatNamesNoProviderIsRefusedWithTheChoiceToMake() {
        InvalidConfigException e =
                assertThrows(InvalidConfigException.class, () -> AppConfig.read(new ConfigReader(k -> null, Map.of())));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(
                e.getMessage().contains("sky.pay.provider is not set: name the payment provider (mock or wechat)"),
                e::getMessage);
        assertTrue(e.getMessage().contains("sky.identity.provider is not set"), e::getMessage);
        InvalidConfigException unknown = assertThrows(
                InvalidConfigException.class,
                () -> AppConfig.read(new ConfigReader(
                        Map.of("sky.pay.provider", "free")::get, Map.of("SKY_IDENTITY_PROVIDER", "demo"))));
        assertTrue(
                unknown.getMessage().contains("sky.pay.provider='free' is not one of mock, wechat"),
                unknown::getMessage);
    }

    /** The providers every deployment must name, added to an environment. */
    private static Map<String, String> providers(Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putIfAbsent("SKY_PAY_PROVIDER", "mock");
        all.putIfAbsent("SKY_IDENTITY_PROVIDER", "demo");
        return all;
    }

    @Test
    void theWeChatProvidersNameEveryMissingKeyAndNeverEchoSecrets() {
        InvalidConfigException missing = assertThrows(
                InvalidConfigException.class,
                () -> AppConfig.read(new ConfigReader(
                        Map.of("sky.pay.provider", "wechat", "sky.identity.provider", "wechat")::get, Map.of())));
        for (String key : new String[] {
            "sky.wechat.appId", "sky.wechat.appSecret", "sky.wechatpay.merchantId",
            "sky.wechatpay.merchantSerialNumber", "sky.wechatpay.privateKeyFile", "sky.wechatpay.apiV3Key",
            "sky.wechatpay.platformPublicKeyFile", "sky.wechatpay.platformPublicKeyId", "sky.wechatpay.notifyBaseUrl"
        }) {
            assertTrue(missing.getMessage().contains(key + " is not set"), () -> key + ": " + missing.getMessage());
        }
        InvalidConfigException bad = assertThrows(
                InvalidConfigException.class,
                () -> AppConfig.read(new ConfigReader(
                        Map.of(
                                "sky.pay.provider", "wechat",
                                "sky.identity.provider", "demo",
                                "sky.wechatpay.apiV3Key", "short-secret-key",
                                "sky.wechatpay.privateKeyFile", "/nonexistent/apiclient_key.pem",
                                "sky.wechatpay.notifyBaseUrl", "http://shop.example")::get,
                        Map.of())));
        assertTrue(bad.getMessage().contains("sky.wechatpay.apiV3Key must be the 32-character"), bad::getMessage);
        assertTrue(bad.getMessage().contains("/nonexistent/apiclient_key.pem is not a readable file"), bad::getMessage);
        assertTrue(bad.getMessage().contains("is not an absolute https URL"), bad::getMessage);
        assertTrue(!bad.getMessage().contains("short-secret-key"), "the key itself is never echoed");
    }

    @Test
    void theStartUpLineNamesTheWeChatAccountsWithoutTheirSecrets() {
        AppConfig config = AppConfig.read(new ConfigReader(
                Map.of(
                        "sky.pay.provider", "mock",
                        "sky.identity.provider", "wechat",
                        "sky.wechat.appId", "wx-app",
                        "sky.wechat.appSecret", "very-secret-app-secret")::get,
                Map.of()));
        assertTrue(config.describe().contains("appId=wx-app"), config::describe);
        assertTrue(!config.describe().contains("very-secret-app-secret"), config::describe);
        assertTrue(!config.wechatLogin().toString().contains("very-secret"), config.wechatLogin()::toString);
    }
}

package com.skyorders.config;

import com.skyorders.auth.Origin;
import com.skyorders.auth.TokenLifetimes;
import com.skyorders.employee.LoginLimits;
import com.skyorders.payment.WeChatPaySettings;
import com.skyorders.user.WeChatLoginSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the application is configured with, read once at start-up and validated as a whole.
 * docs/OPERATIONS.md lists every key in its configuration table (ConfigKeysTest holds the two together).
 *
 * @param dbUrl             JDBC URL of the MySQL/MariaDB database ({@code sky.db.url})
 * @param dbUser            database user ({@code sky.db.user})
 * @param dbPassword        database password ({@code sky.db.password}); never logged
 * @param dbPoolSize        maximum pooled connections ({@code sky.db.poolSize})
 * @param dbConnectTimeout  how long a caller waits for a connection before failing ({@code sky.db.connectTimeout})
 * @param demoData          load the demo shop, admin and customer ({@code sky.db.demoData})
 * @param zone              the shop's time zone: order times, sweeps ({@code sky.zone})
 * @param tokenTtl          how long a customer's login token lives ({@code sky.token.ttl})
 * @param staffTokenTtl     how long a staff API token lives: a shift, so the stock admin's socket outlasts it
 *                          ({@code sky.token.staffTtl})
 * @param consoleIdleTimeout a console sign-in unused this long (no request, no open alert socket) ends
 *                          ({@code sky.console.idleTimeout})
 * @param consoleMaxAge     a console sign-in ends this long after it began, in use or not ({@code sky.console.maxAge})
 * @param wsAllowedOrigins  pages on these origins may open merchant sockets with ambient credentials (cookies),
 *                          besides our own origin ({@code sky.ws.allowedOrigins})
 * @param login             failed staff password checks allowed per window: per employee from browsers that never
 *                          signed in as them ({@code sky.login.maxFailures}), per client address
 *                          ({@code sky.login.maxFailuresPerAddress}), per browser that did
 *                          ({@code sky.login.maxFailuresPerDevice}); the window ({@code sky.login.failureWindow})
 * @param payTimeout        how long an order may stay unpaid ({@code sky.order.payTimeout})
 * @param packFee           pack fee per item, in yuan ({@code sky.order.packFee})
 * @param deliveryFee       delivery fee per order, in yuan ({@code sky.order.deliveryFee})
 * @param payProvider       who takes payments; no default, so production never runs the demo's mock by accident
 *                          ({@code sky.pay.provider}: {@code mock} or {@code wechat})
 * @param identityProvider  who turns a mini-program login code into an openid; no default
 *                          ({@code sky.identity.provider}: {@code demo} or {@code wechat})
 * @param wechatLogin       the mini-program's app id and secret for jscode2session ({@code sky.wechat.*})
 * @param wechatPay         the WeChat Pay merchant account ({@code sky.wechat.appId}, {@code sky.wechatpay.*})
 * @param payNotifySecret   HMAC secret of the mock's payment callback; empty disables it ({@code sky.pay.notifySecret})
 * @param reminderInterval  at most one 催单 per order per this ({@code sky.reminder.interval})
 * @param alertPoll         how often each node polls the alert outbox ({@code sky.alerts.pollInterval})
 * @param alertBacklog      frames queued in memory per console; one further behind is fed from the outbox
 *                          ({@code sky.alerts.backlog})
 * @param wsPingInterval    keep-alive ping period on merchant sockets ({@code sky.ws.pingInterval})
 * @param imagesPublicBaseUrl the absolute base of uploaded images' URLs, as phones and the admin's browser reach this
 *                          server; blank: each upload request's own scheme, host and port
 *                          ({@code sky.images.publicBaseUrl})
 * @param imagesMaxBytes    the largest image an upload may store ({@code sky.images.maxBytes})
 * @param menuCacheCheck    how often each node checks whether its cached customer menu is stale; zero: no cache
 *                          ({@code sky.menu.cacheCheck})
 * @param wsMaxPerSignIn    merchant sockets one staff token or console sign-in may hold open on a node; the oldest
 *                          closes past it ({@code sky.ws.maxPerSignIn})
 * @param healthMonitorToken a monitor sending it as the {@code X-Monitor-Token} header sees /health's node details
 *                          (staff see them with their token); empty: staff only ({@code sky.health.monitorToken})
 * @param testHooks         tests only: let the test harness move the app's clock, run sweeps at once and drop
 *                          sockets, over JMX ({@code sky.testHooks})
 * @param sweeps            the timeout sweeps ({@code sky.sweeps.*})
 */
public record AppConfig(
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Duration dbConnectTimeout,
        boolean demoData,
        ZoneId zone,
        Duration tokenTtl,
        Duration staffTokenTtl,
        Duration consoleIdleTimeout,
        Duration consoleMaxAge,
        List<Origin> wsAllowedOrigins,
        LoginLimits login,
        Duration payTimeout,
        BigDecimal packFee,
        BigDecimal deliveryFee,
        String payProvider,
        String identityProvider,
        WeChatLoginSettings wechatLogin,
        WeChatPaySettings wechatPay,
        String payNotifySecret,
        Duration reminderInterval,
        Duration alertPoll,
        int alertBacklog,
        Duration wsPingInterval,
        String imagesPublicBaseUrl,
        int imagesMaxBytes,
        Duration menuCacheCheck,
        int wsMaxPerSignIn,
        String healthMonitorToken,
        boolean testHooks,
        SweepConfig sweeps) {

    public static final String DEFAULT_DB_URL = "jdbc:mysql://localhost:3306/sky_take_out";
    /** The demo's payment provider: confirms every payment without money. */
    public static final String PAY_MOCK = "mock";
    /** The demo's identity: the login code is the openid, so anyone can be any customer. */
    public static final String IDENTITY_DEMO = "demo";
    /** Real money: WeChat Pay API v3 (JSAPI), with the merchant account in sky.wechatpay.*. */
    public static final String PAY_WECHAT = "wechat";
    /** Real customers: WeChat's jscode2session with the app id and secret in sky.wechat.*. */
    public static final String IDENTITY_WECHAT = "wechat";

    public static AppConfig read(ConfigReader reader) {
        String url = reader.string("sky.db.url", DEFAULT_DB_URL);
        if (!url.startsWith("jdbc:mysql:")) {
            reader.reject("sky.db.url must be a jdbc:mysql: URL");
        }
        String payProvider = reader.choice("sky.pay.provider", "payment provider", List.of(PAY_MOCK, PAY_WECHAT));
        String identityProvider = reader.choice(
                "sky.identity.provider", "customer identity provider", List.of(IDENTITY_DEMO, IDENTITY_WECHAT));
        AppConfig config = new AppConfig(
                url,
                reader.string("sky.db.user", "root"),
                reader.string("sky.db.password", ""),
                reader.integer("sky.db.poolSize", 10, 1, 500),
                reader.duration(
                        "sky.db.connectTimeout", Duration.ofSeconds(3), Duration.ofMillis(250), Duration.ofMinutes(1)),
                reader.bool("sky.db.demoData", false),
                reader.zone("sky.zone", ZoneId.of("Asia/Shanghai")),
                reader.duration("sky.token.ttl", Duration.ofHours(2), Duration.ofMinutes(1), Duration.ofDays(30)),
                reader.duration("sky.token.staffTtl", Duration.ofHours(12), Duration.ofMinutes(1), Duration.ofDays(30)),
                reader.duration(
                        "sky.console.idleTimeout", Duration.ofMinutes(30), Duration.ofMinutes(1), Duration.ofDays(30)),
                reader.duration("sky.console.maxAge", Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofDays(90)),
                reader.origins("sky.ws.allowedOrigins"),
                new LoginLimits(
                        reader.integer("sky.login.maxFailuresPerDevice", 10, 1, 1000),
                        reader.integer("sky.login.maxFailures", 30, 1, 1000),
                        reader.integer("sky.login.maxFailuresPerAddress", 30, 1, 100_000),
                        reader.duration(
                                "sky.login.failureWindow",
                                Duration.ofMinutes(15),
                                Duration.ofSeconds(1),
                                Duration.ofDays(1))),
                reader.duration(
                        "sky.order.payTimeout", Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofDays(1)),
                reader.money("sky.order.packFee", BigDecimal.ONE.setScale(2)),
                reader.money("sky.order.deliveryFee", BigDecimal.valueOf(6).setScale(2)),
                payProvider,
                identityProvider,
                WeChatConfig.login(reader, identityProvider.equals(IDENTITY_WECHAT)),
                WeChatConfig.pay(reader, payProvider.equals(PAY_WECHAT)),
                reader.string("sky.pay.notifySecret", ""),
                reader.duration("sky.reminder.interval", Duration.ofMinutes(5), Duration.ZERO, Duration.ofDays(1)),
                reader.duration(
                        "sky.alerts.pollInterval",
                        Duration.ofMillis(200),
                        Duration.ofMillis(10),
                        Duration.ofSeconds(10)),
                reader.integer("sky.alerts.backlog", 1000, 10, 1_000_000),
                reader.duration(
                        "sky.ws.pingInterval", Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(10)),
                reader.string("sky.images.publicBaseUrl", ""),
                reader.integer("sky.images.maxBytes", 2 * 1024 * 1024, 1024, 16 * 1024 * 1024 - 1),
                reader.duration("sky.menu.cacheCheck", Duration.ofMillis(250), Duration.ZERO, Duration.ofSeconds(1)),
                reader.integer("sky.ws.maxPerSignIn", 8, 1, 1000),
                reader.string("sky.health.monitorToken", ""),
                reader.bool("sky.testHooks", false),
                SweepConfig.read(reader));
        if (!config.imagesPublicBaseUrl().isEmpty()
                && !config.imagesPublicBaseUrl().matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            reader.reject("sky.images.publicBaseUrl must be an absolute http(s) URL, e.g. https://shop.example.com");
        }
        if (config.consoleMaxAge().compareTo(config.consoleIdleTimeout()) < 0) {
            reader.reject("sky.console.maxAge must not be shorter than sky.console.idleTimeout");
        }
        reader.validate();
        return config;
    }

    public TokenLifetimes tokenLifetimes() {
        return new TokenLifetimes(tokenTtl, staffTokenTtl, consoleIdleTimeout, consoleMaxAge);
    }

    /** A one-line summary for the start-up log, without secrets. */
    public String describe() {
        return "db=" + dbUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + " user=" + dbUser
                + " pool=" + dbPoolSize + " connectTimeout=" + dbConnectTimeout.toMillis() + "ms"
                + " demoData=" + demoData + " zone=" + zone + " tokenTtl=" + tokenTtl + " staffTokenTtl="
                + staffTokenTtl
                + " consoleIdle=" + consoleIdleTimeout + " consoleMaxAge=" + consoleMaxAge
                + " wsAllowedOrigins=" + wsAllowedOrigins
                + " payTimeout=" + payTimeout + " packFee=" + packFee + " deliveryFee=" + deliveryFee
                + " pay=" + payProvider + " identity=" + identityProvider
                + (identityProvider.equals(IDENTITY_WECHAT) ? " wechatLogin=" + wechatLogin : "")
                + (payProvider.equals(PAY_WECHAT) ? " wechatPay=" + wechatPay : "")
                + " payCallback=" + (payNotifySecret.isEmpty() ? "disabled" : "enabled")
                + " reminderInterval=" + reminderInterval + " alertPoll=" + alertPoll.toMillis() + "ms"
                + " alertBacklog=" + alertBacklog + " wsMaxPerSignIn=" + wsMaxPerSignIn
                + " healthMonitor=" + (healthMonitorToken.isEmpty() ? "staff only" : "token")
                + " images=" + (imagesPublicBaseUrl.isEmpty() ? "(request's own base)" : imagesPublicBaseUrl)
                + " imagesMaxBytes=" + imagesMaxBytes + " menuCacheCheck=" + menuCacheCheck.toMillis() + "ms"
                + " sweeps=" + sweeps + (testHooks ? " TEST-HOOKS" : "");
    }
}

package com.skyorders;

import com.google.gson.Gson;
import com.skyorders.address.AddressBookService;
import com.skyorders.auth.PasswordHasher;
import com.skyorders.auth.TokenService;
import com.skyorders.cart.CartService;
import com.skyorders.config.AppConfig;
import com.skyorders.employee.EmployeeService;
import com.skyorders.employee.LoginThrottle;
import com.skyorders.employee.StaffService;
import com.skyorders.health.HealthService;
import com.skyorders.image.DatabaseImageStore;
import com.skyorders.image.ImageService;
import com.skyorders.menu.Menu;
import com.skyorders.order.OrderPaymentService;
import com.skyorders.order.OrderPricing;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderService;
import com.skyorders.order.OrderWorkflowService;
import com.skyorders.order.ReminderService;
import com.skyorders.outbox.AlertPublisher;
import com.skyorders.outbox.AlertSource;
import com.skyorders.outbox.MessageService;
import com.skyorders.payment.MockPaymentGateway;
import com.skyorders.payment.PaymentGateway;
import com.skyorders.payment.RefundSender;
import com.skyorders.payment.RefundSettlements;
import com.skyorders.payment.WeChatPay;
import com.skyorders.report.ReportService;
import com.skyorders.shop.ShopService;
import com.skyorders.socket.AlertRelay;
import com.skyorders.socket.ConsoleSignInCheck;
import com.skyorders.socket.MerchantHub;
import com.skyorders.user.DemoIdentityProvider;
import com.skyorders.user.IdentityProvider;
import com.skyorders.user.UserService;
import com.skyorders.user.WeChatIdentityProvider;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every service, built once with its dependencies; the edges App registers take theirs from here. */
record Services(
        HealthService health,
        TokenService tokens,
        EmployeeService employees,
        StaffService staff,
        UserService users,
        Menu menu,
        ImageService images,
        AddressBookService addresses,
        CartService cart,
        OrderService orders,
        OrderPaymentService payments,
        OrderWorkflowService workflow,
        OrderQueries queries,
        ReminderService reminders,
        MessageService messages,
        LoginThrottle throttle,
        RefundSender refundSender,
        RefundSettlements refundSettlements,
        Optional<WeChatPay> wechatPay,
        ShopService shop,
        ReportService reports,
        MerchantHub hub,
        AlertRelay relay,
        ConsoleSignInCheck signInCheck,
        AlertPublisher alerts) {

    private static final Logger log = LoggerFactory.getLogger(Services.class);

    /** How soon a console open on this node hears that its sign-in ended elsewhere (logout, expiry, lock). */
    private static final Duration CONSOLE_SIGN_IN_CHECK = Duration.ofSeconds(5);

    static Services create(AppConfig config, Jdbi jdbi, Clock clock, Gson gson) {
        TokenService tokens = new TokenService(jdbi, clock, config.tokenLifetimes());
        LoginThrottle throttle = new LoginThrottle(jdbi, clock, config.login());
        PasswordHasher hasher = new PasswordHasher();
        Optional<WeChatPay> wechatPay = config.payProvider().equals(AppConfig.PAY_WECHAT)
                ? Optional.of(WeChatPay.connect(config.wechatPay(), clock))
                : Optional.empty();
        PaymentGateway gateway = paymentGateway(config, clock, wechatPay);
        MerchantHub hub =
                new MerchantHub(clock, config.alertBacklog(), config.wsMaxPerSignIn(), config.wsPingInterval());
        AlertRelay relay = new AlertRelay(AlertSource.of(jdbi), hub, gson, config.alertPoll());
        AlertPublisher alerts = new AlertPublisher(clock, gson, relay::nudge);
        return new Services(
                new HealthService(
                        jdbi, clock, ManagementFactory.getRuntimeMXBean().getName(), Version.current(), relay::alive),
                tokens,
                new EmployeeService(jdbi, hasher, tokens, throttle),
                new StaffService(jdbi, hasher, tokens, clock),
                new UserService(jdbi, identityProvider(config), tokens, clock),
                Menu.create(jdbi, clock, config.menuCacheCheck()),
                new ImageService(new DatabaseImageStore(jdbi, clock), config.imagesMaxBytes()),
                new AddressBookService(jdbi),
                new CartService(jdbi, clock),
                new OrderService(jdbi, clock, new OrderPricing(config.packFee(), config.deliveryFee())),
                new OrderPaymentService(jdbi, clock, gateway, config.payTimeout(), alerts),
                new OrderWorkflowService(jdbi, clock),
                new OrderQueries(jdbi),
                new ReminderService(jdbi, clock, config.reminderInterval(), alerts),
                new MessageService(jdbi, clock),
                throttle,
                new RefundSender(jdbi, gateway, clock),
                new RefundSettlements(jdbi, clock),
                wechatPay,
                new ShopService(jdbi, clock),
                new ReportService(jdbi, clock),
                hub,
                relay,
                new ConsoleSignInCheck(hub, tokens::keepAlive, CONSOLE_SIGN_IN_CHECK),
                alerts);
    }

    /** The payment provider the configuration names (AppConfig refuses to start without one). */
    private static PaymentGateway paymentGateway(AppConfig config, Clock clock, Optional<WeChatPay> wechatPay) {
        return switch (config.payProvider()) {
            case AppConfig.PAY_WECHAT -> {
                log.info(
                        "sky.pay.provider=wechat: WeChat Pay merchant {}",
                        config.wechatPay().merchantId());
                yield wechatPay.orElseThrow().gateway();
            }
            case AppConfig.PAY_MOCK -> {
                log.warn("sky.pay.provider=mock: every payment is confirmed without money (demos and tests only)");
                yield new MockPaymentGateway(clock);
            }
            default -> throw new IllegalStateException("no payment provider " + config.payProvider());
        };
    }

    private static IdentityProvider identityProvider(AppConfig config) {
        return switch (config.identityProvider()) {
            case AppConfig.IDENTITY_WECHAT -> new WeChatIdentityProvider(config.wechatLogin());
            case AppConfig.IDENTITY_DEMO -> {
                log.warn("sky.identity.provider=demo: a login code is taken as the openid (demos and tests only)");
                yield new DemoIdentityProvider();
            }
            default -> throw new IllegalStateException("no identity provider " + config.identityProvider());
        };
    }
}

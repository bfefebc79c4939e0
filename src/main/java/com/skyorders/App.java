package com.skyorders;

import com.google.gson.Gson;
import com.mysql.cj.jdbc.AbandonedConnectionCleanupThread;
import com.skyorders.config.AdjustableClock;
import com.skyorders.config.AppConfig;
import com.skyorders.config.ConfigReader;
import com.skyorders.config.DataSourceFactory;
import com.skyorders.config.JdbiFactory;
import com.skyorders.config.JsonFactory;
import com.skyorders.config.Migrations;
import com.skyorders.config.SweepConfig;
import com.skyorders.console.ConsoleApiServlet;
import com.skyorders.console.ConsoleBoardServlet;
import com.skyorders.console.ConsoleGuardFilter;
import com.skyorders.console.ConsoleLoginServlet;
import com.skyorders.console.ConsoleLogoutServlet;
import com.skyorders.console.ConsoleOrderServlet;
import com.skyorders.console.ConsolePasswordServlet;
import com.skyorders.console.ConsoleSession;
import com.skyorders.console.ConsoleStatisticsServlet;
import com.skyorders.console.Views;
import com.skyorders.http.AuthFilter;
import com.skyorders.http.DatabaseOutage;
import com.skyorders.http.ErrorServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.http.OutageFilter;
import com.skyorders.payment.CallbackSignature;
import com.skyorders.socket.MerchantHub;
import com.skyorders.socket.MerchantSocketConfigurator;
import com.skyorders.socket.MerchantSocketFilter;
import com.skyorders.socket.SocketOriginPolicy;
import com.skyorders.sweep.SweepJob;
import com.skyorders.sweep.SweepScheduler;
import com.skyorders.web.AdminCategoryServlet;
import com.skyorders.web.AdminDishServlet;
import com.skyorders.web.AdminEmployeeServlet;
import com.skyorders.web.AdminMessageServlet;
import com.skyorders.web.AdminOrderServlet;
import com.skyorders.web.AdminReportExportServlet;
import com.skyorders.web.AdminReportServlet;
import com.skyorders.web.AdminSetmealServlet;
import com.skyorders.web.AdminShopServlet;
import com.skyorders.web.AdminUploadServlet;
import com.skyorders.web.AdminWorkspaceServlet;
import com.skyorders.web.HealthServlet;
import com.skyorders.web.ImageServlet;
import com.skyorders.web.ImageUrls;
import com.skyorders.web.PayNotifyServlet;
import com.skyorders.web.UserAddressBookServlet;
import com.skyorders.web.UserCartServlet;
import com.skyorders.web.UserLoginServlet;
import com.skyorders.web.UserMenuServlet;
import com.skyorders.web.UserOrderServlet;
import com.skyorders.web.UserShopServlet;
import com.skyorders.web.WeChatPayNotifyServlet;
import com.skyorders.web.WebJson;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.management.JMException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root, declared in web.xml: config → pool → migrations → Jdbi → services (Services) →
 * servlets and filters → merchant hub → alert relay → Quartz.
 * Any failure fails the context with one log line that names the cause, so the app never runs half-alive.
 * contextDestroyed undoes everything in reverse.
 */
public final class App implements ServletContextListener {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    /** What to undo on shutdown, most recent first. */
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long started = System.nanoTime();
        ServletContext context = event.getServletContext();
        try {
            AppConfig config = AppConfig.read(new ConfigReader(context::getInitParameter, System.getenv()));
            log.info("Sky Orders {} starting: {}", Version.current(), config.describe());

            HikariDataSource dataSource = DataSourceFactory.create(config);
            resources.push(dataSource);
            MigrateResult migrated =
                    Migrations.run(dataSource, config.demoData(), config.zone(), config.imagesPublicBaseUrl());
            log.info(
                    "Schema at version {} ({} migrations applied now)",
                    // Null when only a repeatable script (the demo data) ran: the version did not move.
                    migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion : migrated.initialSchemaVersion,
                    migrated.migrationsExecuted);

            Jdbi jdbi = JdbiFactory.create(dataSource);
            // Tests only: a clock the harness can move (see TestHooksMXBean).
            Clock clock = config.testHooks() ? new AdjustableClock(config.zone()) : Clock.system(config.zone());
            Gson gson = JsonFactory.create();
            JsonResponses json = new JsonResponses(WebJson.extend(gson));

            Services services = Services.create(config, jdbi, clock, gson);
            services.wechatPay().ifPresent(resources::push);
            MerchantHub hub = services.hub();
            resources.push(hub::shutdown);

            registerApi(context, config, services, json);
            registerConsole(context, config, services, json);

            MerchantSocketConfigurator.use(hub);
            resources.push(() -> MerchantSocketConfigurator.use(null));
            services.relay().start();
            resources.push(services.relay()::stop);
            services.signInCheck().start();
            resources.push(services.signInCheck()::stop);

            List<SweepJob> sweeps = startSweeps(config, dataSource, jdbi, clock, services);
            if (config.testHooks()) {
                TestHooks hooks =
                        new TestHooks(((AdjustableClock) clock).offsetSetter(), sweeps, hub, services.relay());
                context.setAttribute(TestHooksMXBean.OBJECT_NAME_ATTRIBUTE, hooks.register());
                resources.push(hooks::unregister);
                log.warn("sky.testHooks=true: a test harness can move this node's clock, run its sweeps and drop "
                        + "its sockets (JMX)");
            }
            log.info("Sky Orders started in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | SchedulerException | JMException e) {
            log.error("Sky Orders failed to start: {}", StartupFailure.describe(e));
            closeResources();
            deregisterJdbcDrivers();
            throw new IllegalStateException("Sky Orders failed to start: " + StartupFailure.describe(e), e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        log.info("Sky Orders stopping");
        closeResources();
        deregisterJdbcDrivers();
        log.info("Sky Orders stopped");
    }

    /** The JSON API: its auth filters first, then one servlet per resource family. */
    private static void registerApi(ServletContext context, AppConfig config, Services s, JsonResponses json) {
        context.addFilter("outage", new OutageFilter(new DatabaseOutage(), json))
                .addMappingForUrlPatterns(null, false, "/*");
        context.addFilter("auth", new AuthFilter(s.tokens(), json))
                .addMappingForUrlPatterns(null, false, "/user/*", "/admin/*");
        // Before Tomcat's WsFilter (mapped after the descriptor's filters): refuse before any upgrade.
        context.addFilter(
                        "merchantSocketAuth",
                        new MerchantSocketFilter(s.tokens(), new SocketOriginPolicy(config.wsAllowedOrigins()), json))
                .addMappingForUrlPatterns(null, false, "/ws/*");
        register(context, "error", new ErrorServlet(json), "/error");
        register(
                context,
                "health",
                new HealthServlet(s.health(), s.tokens(), config.healthMonitorToken(), json),
                "/health");
        register(context, "userLogin", new UserLoginServlet(s.users(), s.tokens(), json), "/user/user/*");
        register(
                context,
                "adminEmployee",
                new AdminEmployeeServlet(s.employees(), s.staff(), s.tokens(), json),
                "/admin/employee/*");
        register(
                context,
                "userMenu",
                new UserMenuServlet(s.menu().menu(), json),
                "/user/category/*",
                "/user/dish/*",
                "/user/setmeal/*");
        register(context, "adminCategory", new AdminCategoryServlet(s.menu().categories(), json), "/admin/category/*");
        register(context, "adminDish", new AdminDishServlet(s.menu().dishes(), json), "/admin/dish/*");
        register(context, "adminSetmeal", new AdminSetmealServlet(s.menu().setmeals(), json), "/admin/setmeal/*");
        context.addServlet(
                        "adminUpload",
                        new AdminUploadServlet(s.images(), new ImageUrls(config.imagesPublicBaseUrl()), json))
                .setMultipartConfig(AdminUploadServlet.multipartConfig(config.imagesMaxBytes()));
        context.getServletRegistration("adminUpload").addMapping("/admin/common/*");
        // Public: <img> and the mini-program's <image> send no token (outside /admin/ and /user/, so AuthFilter
        // never sees them).
        register(context, "images", new ImageServlet(s.images(), json), "/images/*");
        register(
                context,
                "userAddressBook",
                new UserAddressBookServlet(s.addresses(), json),
                "/user/addressBook",
                "/user/addressBook/*");
        register(context, "userCart", new UserCartServlet(s.cart(), json), "/user/shoppingCart/*");
        register(
                context,
                "userOrder",
                new UserOrderServlet(s.orders(), s.payments(), s.queries(), s.reminders(), json),
                "/user/order/*");
        register(
                context,
                "adminOrder",
                new AdminOrderServlet(s.workflow(), s.queries(), s.reminders(), json),
                "/admin/order/*");
        register(context, "adminMessages", new AdminMessageServlet(s.messages(), json), "/admin/messages/*");
        register(context, "adminShop", new AdminShopServlet(s.shop(), json), "/admin/shop/*");
        register(context, "userShop", new UserShopServlet(s.shop(), json), "/user/shop/*");
        register(context, "adminWorkspace", new AdminWorkspaceServlet(s.reports(), json), "/admin/workspace/*");
        register(context, "adminReport", new AdminReportServlet(s.reports(), json), "/admin/report/*");
        // The console downloads the same workbook with its sign-in cookie (its guard filter covers /console/*).
        register(
                context,
                "adminReportExport",
                new AdminReportExportServlet(s.reports()),
                "/admin/report/export",
                "/console/report/export");
        registerPaymentNotifications(context, config, s, json);
    }

    /**
     * /notify/*: the configured provider's notifications only. The mock's HMAC callback exists only beside the mock,
     * so a real shop's orders are paid by WeChat Pay's verified notifications and nothing else.
     */
    private static void registerPaymentNotifications(
            ServletContext context, AppConfig config, Services s, JsonResponses json) {
        if (s.wechatPay().isPresent()) {
            register(
                    context,
                    "wechatPayNotify",
                    new WeChatPayNotifyServlet(
                            s.wechatPay().get().notifications(), s.payments(), s.refundSettlements(), json),
                    "/notify/*");
            return;
        }
        CallbackSignature signature = new CallbackSignature(config.payNotifySecret());
        if (!signature.enabled()) {
            log.warn("sky.pay.notifySecret is not set: POST /notify/paySuccess refuses every callback");
        }
        register(context, "payNotify", new PayNotifyServlet(s.payments(), signature, json), "/notify/*");
    }

    /** The merchant console: its guard (sign-in cookie, CSRF) and its controllers. No HTTP session anywhere. */
    private static void registerConsole(ServletContext context, AppConfig config, Services s, JsonResponses json) {
        ConsoleSession sessions = new ConsoleSession(s.tokens(), config.consoleMaxAge());
        Views views = new Views(sessions, s.employees(), s.relay()::cursor, s.relay()::epoch, s.shop());
        context.addFilter("consoleGuard", new ConsoleGuardFilter(sessions, json))
                .addMappingForUrlPatterns(null, false, "/console", "/console/*");
        register(context, "consoleLogin", new ConsoleLoginServlet(s.employees(), sessions, views), "/console/login");
        register(
                context,
                "consolePassword",
                new ConsolePasswordServlet(s.staff(), sessions, views),
                "/console/password");
        register(context, "consoleLogout", new ConsoleLogoutServlet(sessions, s.hub()::closeToken), "/console/logout");
        register(context, "consoleBoard", new ConsoleBoardServlet(s.queries(), views), "/console", "/console/");
        register(context, "consoleOrder", new ConsoleOrderServlet(s.queries(), views), "/console/orders/*");
        register(
                context,
                "consoleApi",
                new ConsoleApiServlet(s.queries(), s.workflow(), s.reminders(), s.shop(), s.reports(), json),
                "/console/api/*");
        register(context, "consoleStatistics", new ConsoleStatisticsServlet(s.reports(), views), "/console/statistics");
    }

    /** Schedules the sweeps (unless disabled) and returns them. */
    private List<SweepJob> startSweeps(
            AppConfig config, HikariDataSource dataSource, Jdbi jdbi, Clock clock, Services s)
            throws SchedulerException {
        SweepConfig sweeps = config.sweeps();
        List<SweepScheduler.Scheduled> schedule = SweepSchedule.of(config, jdbi, clock, s);
        List<SweepJob> jobs =
                schedule.stream().map(SweepScheduler.Scheduled::job).toList();
        if (!sweeps.enabled()) {
            log.warn("sky.sweeps.enabled=false: this node schedules no timeout sweeps");
            return jobs;
        }
        SweepScheduler scheduler = SweepScheduler.start(sweeps, dataSource, schedule);
        resources.push(() -> scheduler.stop(Duration.ofSeconds(10)));
        return jobs;
    }

    private static void register(ServletContext context, String name, Servlet servlet, String... mappings) {
        context.addServlet(name, servlet).addMapping(mappings);
    }

    private void closeResources() {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** Drivers loaded by this webapp must leave with it, or Tomcat reports a leak and pins the class loader. */
    private static void deregisterJdbcDrivers() {
        ClassLoader ours = App.class.getClassLoader();
        for (Driver driver : DriverManager.drivers().toList()) {
            if (driver.getClass().getClassLoader() == ours) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    log.warn("Deregistering {} failed: {}", driver, e.toString());
                }
            }
        }
        // The driver's cleanup thread stops asynchronously; Tomcat checks for leftover threads right after us.
        AbandonedConnectionCleanupThread.checkedShutdown();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (AbandonedConnectionCleanupThread.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

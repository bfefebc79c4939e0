package com.skyorders.testing;

import com.skyorders.TestHooksMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.jdbi.v3.core.Jdbi;

/**
 * One embedded MariaDB and one embedded Tomcat 10.1 per test JVM, with the built WAR deployed at the root
 * context on a free port, configured through context parameters exactly as tomcat-conf/context.xml does.
 */
public final class TestServer implements AutoCloseable {

    /** The monitor token /health shows its details for (X-Monitor-Token): a probe that needs no database. */
    public static final String MONITOR_TOKEN = "it-monitor-token";

    /** The payment-callback secret the deployed webapp is configured with. */
    public static final String PAY_SECRET = "it-pay-secret";

    private static final String PARAM_OVERRIDE = "sky.it.param.";

    private final Path war;
    private Context root;
    private final TestDatabase database;
    private final Tomcat tomcat;
    private final LogCapture logs;
    private final Jdbi jdbi;
    private final HttpClient http;
    private final String baseUrl;

    private TestServer(Path war, TestDatabase database, Tomcat tomcat, LogCapture logs) {
        this.war = war;
        this.database = database;
        this.tomcat = tomcat;
        this.logs = logs;
        this.jdbi = Jdbi.create(database.dataSource());
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    public static TestServer start() throws Exception {
        Path work = Path.of(System.getProperty("sky.it.work", "target/it")).toAbsolutePath();
        Path war = Path.of(System.getProperty("sky.it.war", "target/sky-orders.war"))
                .toAbsolutePath();
        if (!Files.exists(war)) {
            throw new IllegalStateException("Built WAR not found at " + war + ": run mvn verify, not the IT alone");
        }
        LogCapture logs = LogCapture.install();
        TestDatabase database = TestDatabase.forThisRun(work.resolve("db"));

        Path tomcatBase = work.resolve("tomcat");
        EmbeddedDatabase.deleteRecursively(tomcatBase);
        Files.createDirectories(tomcatBase.resolve("webapps"));
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(tomcatBase.toString());
        // A port known before deployment, so image URLs (sky.images.publicBaseUrl) can name it, as in production.
        int port = freePort();
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("maxPostSize", "65536");
        configureHost(tomcat);
        tomcat.enableNaming();
        tomcat.start();

        Map<String, String> parameters = defaultParameters(database);
        parameters.putIfAbsent("sky.images.publicBaseUrl", "http://127.0.0.1:" + port);
        Context root = deploy(tomcat, "", war.toString(), parameters);
        // Deploying can leave the webapp's loader on this thread; threads the tests start must not inherit it.
        Thread.currentThread().setContextClassLoader(TestServer.class.getClassLoader());
        if (root == null || root.getState() != LifecycleState.STARTED) {
            throw new IllegalStateException("The webapp failed to start; see the log above");
        }
        TestServer server = new TestServer(war, database, tomcat, logs);
        server.root = root;
        return server;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The valves tomcat-conf/server.xml gives the host: RemoteIpValve trusting only 127.0.0.1 (tests that play an
     * untrusted client connect from 127.0.0.2), and error pages without a report or server version.
     */
    private static void configureHost(Tomcat tomcat) {
        RemoteIpValve proxies = new RemoteIpValve();
        proxies.setInternalProxies("127\\.0\\.0\\.1");
        proxies.setRemoteIpHeader("X-Forwarded-For");
        proxies.setProtocolHeader("X-Forwarded-Proto");
        proxies.setHostHeader("X-Forwarded-Host");
        proxies.setPortHeader("X-Forwarded-Port");
        tomcat.getHost().getPipeline().addValve(proxies);
        ErrorReportValve errorValve = new ErrorReportValve();
        errorValve.setShowReport(false);
        errorValve.setShowServerInfo(false);
        errorValve.setProperty(
                "errorCode.400",
                Path.of("tomcat-conf", "error-400.json").toAbsolutePath().toString());
        tomcat.getHost().getPipeline().addValve(errorValve);
    }

    static Map<String, String> defaultParameters(TestDatabase database) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sky.db.url", database.jdbcUrl());
        parameters.put("sky.db.user", database.user());
        parameters.put("sky.db.password", database.password());
        parameters.put("sky.db.demoData", "true");
        parameters.put("sky.pay.notifySecret", PAY_SECRET);
        // The demo's stand-ins, named as every deployment must name its providers.
        parameters.put("sky.pay.provider", "mock");
        parameters.put("sky.identity.provider", "demo");
        parameters.put("sky.health.monitorToken", MONITOR_TOKEN);
        parameters.put("sky.testHooks", "true");
        // Sweeps run when a test says so (runSweep); SweepClusterIT starts nodes that schedule them for real.
        parameters.put("sky.sweeps.enabled", "false");
        // As the demo run: the tutorial's nginx sends Host "webservers" for pages on http://localhost.
        parameters.put("sky.ws.allowedOrigins", "http://localhost,http://127.0.0.1");
        // Benchmarks try settings without a rebuild: -Dsky.it.param.sky.db.poolSize=32 sets sky.db.poolSize.
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith(PARAM_OVERRIDE))
                .forEach(k -> parameters.put(k.substring(PARAM_OVERRIDE.length()), System.getProperty(k)));
        return parameters;
    }

    private static Context deploy(Tomcat tomcat, String path, String war, Map<String, String> parameters) {
        try {
            return tomcat.addWebapp(tomcat.getHost(), path, war, new WebappConfig(parameters));
        } catch (IllegalStateException e) {
            // Tomcat reports a child that failed to start by throwing; the context's state tells the rest.
            return (Context) tomcat.getHost().findChild(path);
        }
    }

    /** Deploys the WAR again under {@code path} with some parameters changed; returns it, started or failed. */
    public Context deployExtra(String path, Map<String, String> overrides) {
        Map<String, String> parameters = defaultParameters(database);
        parameters.putAll(overrides);
        return deploy(tomcat, path, war.toString(), parameters);
    }

    /** A second, independent Tomcat ("node B") deploying the same WAR on the same database, as a cluster would. */
    public Node startSecondNode() throws Exception {
        return startSecondNode(Map.of());
    }

    /** Node B with some parameters changed from node A's. */
    public Node startSecondNode(Map<String, String> overrides) throws Exception {
        Path base = war.getParent().resolve("it/tomcat-b");
        EmbeddedDatabase.deleteRecursively(base);
        Files.createDirectories(base.resolve("webapps"));
        Tomcat node = new Tomcat();
        node.setBaseDir(base.toString());
        node.setPort(0);
        node.getConnector();
        configureHost(node);
        node.start();
        Map<String, String> parameters = defaultParameters(database);
        parameters.putAll(overrides);
        Context context = deploy(node, "", war.toString(), parameters);
        Thread.currentThread().setContextClassLoader(TestServer.class.getClassLoader());
        if (context == null || context.getState() != LifecycleState.STARTED) {
            node.stop();
            node.destroy();
            throw new IllegalStateException("node B failed to start");
        }
        return new Node("http://127.0.0.1:" + node.getConnector().getLocalPort(), node);
    }

    /** Another node of the cluster; closing it stops its Tomcat. */
    public record Node(String baseUrl, Tomcat tomcat) implements AutoCloseable {
        /** Stops the node (as kill would, minus the abruptness); closing twice is harmless. */
        @Override
        public void close() throws Exception {
            if (tomcat.getServer().getState() != org.apache.catalina.LifecycleState.DESTROYED) {
                tomcat.stop();
                tomcat.destroy();
            }
        }
    }

    public void undeploy(Context context) {
        tomcat.getHost().removeChild(context);
    }

    /**
     * Empties what tests create (orders, carts, API tokens, throttling, refunds) and restores the demo rows, so a test
     * that counts across the shop starts from a known state. Demo users and addresses (id 1) survive.
     */
    public void resetData() {
        jdbi.useHandle(h -> {
            for (String table : new String[] {
                "order_detail",
                "orders",
                "shopping_cart",
                "refund",
                "login_throttle",
                "login_device",
                "order_reminder",
                "dish_sales_day"
            }) {
                h.execute("DELETE FROM " + table);
            }
            // API tokens go; console sign-ins stay, so a browser signed in for a whole test class stays signed in.
            h.execute("DELETE FROM auth_token WHERE idle_seconds IS NULL");
            h.execute("DELETE FROM address_book WHERE id > 1");
            h.execute("DELETE FROM user WHERE id > 1");
            h.execute("DELETE FROM employee WHERE id > 1");
            h.execute("UPDATE employee SET status = 1 WHERE id = 1");
            h.execute("UPDATE alert SET read_at = NOW() WHERE read_at IS NULL");
            h.execute("DELETE FROM sweep_run");
            h.execute("UPDATE shop_status SET status = 1, updated_by = NULL, updated_at = NULL");
            h.execute("DELETE FROM shop_status_change");
            // The shop's own menu rows go (ids from 100, V14); the demo menu's (below 100) stay as loaded.
            h.execute("DELETE FROM setmeal_dish WHERE setmeal_id >= 100");
            h.execute("DELETE FROM setmeal WHERE id >= 100");
            h.execute("DELETE FROM dish_flavor WHERE dish_id >= 100");
            h.execute("DELETE FROM dish WHERE id >= 100");
            h.execute("DELETE FROM category WHERE id >= 100");
            h.execute("UPDATE dish SET status = IF(id = 67, 0, 1) WHERE id < 100");
            h.execute("UPDATE setmeal SET status = 1 WHERE id < 100");
            h.execute("UPDATE category SET status = 1 WHERE id < 100");
            // Rows changed behind the app's back: every node's menu cache must read them again.
            h.execute("UPDATE menu_version SET version = version + 1 WHERE id = 1");
        });
    }

    /**
     * A new outbox history, as a database reset or a restore gives one: the alert table recreated (a new creation
     * time, so a new epoch) and its sequence reset, so ids start again. Waits first so the creation second differs.
     */
    public void recreateOutbox() throws InterruptedException {
        Thread.sleep(1100);
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE alert_new LIKE alert");
            h.execute("RENAME TABLE alert TO alert_old, alert_new TO alert");
            h.execute("DROP TABLE alert_old");
            h.execute("UPDATE alert_sequence SET last_id = 0");
        });
    }

    /** Moves the deployed app's clock by {@code offset} from real time (0 puts it back). */
    public void shiftClock(java.time.Duration offset) {
        shiftClock(root, offset);
    }

    public static void shiftClock(Context context, java.time.Duration offset) {
        hooks(context).shiftClock(offset.toMillis());
    }

    /** Runs a sweep inside the deployed app now (the same code Quartz runs) and returns the rows it changed. */
    public int runSweep(String name) {
        return hooks().runSweep(name);
    }

    /** The deployed app's test hooks (it runs with sky.testHooks=true). */
    public TestHooksMXBean hooks() {
        return hooks(root);
    }

    /** A node's test hooks: a JMX proxy, since the webapp's classes live in another class loader. */
    public static TestHooksMXBean hooks(Context context) {
        Object name = context.getServletContext().getAttribute(TestHooksMXBean.OBJECT_NAME_ATTRIBUTE);
        try {
            return javax.management.JMX.newMXBeanProxy(
                    java.lang.management.ManagementFactory.getPlatformMBeanServer(),
                    new javax.management.ObjectName((String) name),
                    TestHooksMXBean.class);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException("no test hooks on " + context.getPath(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpClient http() {
        return http;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public LogCapture logs() {
        return logs;
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() throws Exception {
        try {
            tomcat.stop();
            tomcat.destroy();
        } finally {
            database.close();
        }
    }
}

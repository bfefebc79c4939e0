package com.skyorders.bench;

import com.skyorders.testing.EmbeddedDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Benchmark, not a test: a standalone Tomcat 10.1 set up as "Deploying to your own Tomcat" in docs/OPERATIONS.md
 * says (the distribution, our tomcat-conf, the WAR as ROOT.war), against an embedded MariaDB; it times the JVM's
 * start to the first 200 from {@code /health} and reads the JVM's resident memory (VmRSS) at that moment, three
 * times on a fresh unpack of the WAR and three times on a restart. First, the same Tomcat serving a static
 * {@code /health} file (no WAR, no database) is timed twice — the machine's own yardstick, as JVM and Tomcat start
 * times swing up to 2× between machines — and every line prints its ratio to it.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.StartupBenchmark}
 */
public final class StartupBenchmark {

    private static final int PORT = 18080;

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench-startup").toAbsolutePath();
        Path home = work.resolve("tomcat");
        EmbeddedDatabase.deleteRecursively(home);
        Files.createDirectories(home);
        run(work, "tar", "xzf", System.getProperty("bench.tomcatDist"), "-C", home.toString(), "--strip-components=1");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("db"))) {
            EmbeddedDatabase.deleteRecursively(home.resolve("webapps"));
            Files.createDirectories(home.resolve("webapps"));
            for (String file : new String[] {"context.xml", "error-400.json", "logging.properties"}) {
                Files.copy(
                        Path.of("tomcat-conf", file),
                        home.resolve("conf").resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(
                    home.resolve("conf/server.xml"),
                    Files.readString(Path.of("tomcat-conf/server.xml"))
                            .replace("@cargo.rmi.port@", "-1")
                            .replace("@cargo.servlet.port@", String.valueOf(PORT)));
            if (Files.exists(Path.of("tomcat-conf/setenv.sh"))) {
                Files.copy(
                        Path.of("tomcat-conf/setenv.sh"),
                        home.resolve("bin/setenv.sh"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, String> env = Map.of(
                    "SKY_DB_URL",
                    db.jdbcUrl(),
                    "SKY_DB_USER",
                    db.user(),
                    "SKY_DB_PASSWORD",
                    db.password(),
                    "SKY_DB_DEMODATA",
                    "true");
            System.out.println("\nTomcat start → first 200 on /health, and the JVM's RSS then");
            Files.createDirectories(home.resolve("webapps/ROOT"));
            Files.writeString(home.resolve("webapps/ROOT/health"), "ok");
            long bare = Math.min(
                    startOnce(home, env, "bare Tomcat, a static /health (the yardstick)", 0),
                    startOnce(home, env, "bare Tomcat, a static /health (the yardstick)", 0));
            for (int i = 1; i <= 6; i++) {
                boolean fresh = i <= 3;
                if (fresh) {
                    EmbeddedDatabase.deleteRecursively(home.resolve("webapps/ROOT"));
                    EmbeddedDatabase.deleteRecursively(home.resolve("work"));
                    Files.copy(
                            Path.of(System.getProperty("sky.it.war")),
                            home.resolve("webapps/ROOT.war"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                startOnce(home, env, fresh ? "fresh unpack" : "restart     ", bare);
            }
        }
    }

    /** Starts Tomcat once and stops it; returns the milliseconds to the first 200 (or a minute if none came). */
    private static long startOnce(Path home, Map<String, String> env, String label, long yardstick) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("logs/bench-console.log").toFile());
        builder.environment().putAll(env);
        long began = System.nanoTime();
        Process tomcat = builder.start(); // catalina.sh run execs java: this is the JVM's pid
        try {
            long deadline = began + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        long millis = (System.nanoTime() - began) / 1_000_000;
                        String ratio =
                                yardstick > 0 ? String.format(" (%.2f× bare Tomcat)", millis / (double) yardstick) : "";
                        System.out.printf("  %s: %5d ms%s, RSS %4d MiB%n", label, millis, ratio, rssMiB(tomcat.pid()));
                        return millis;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            System.out.printf("  %s: no 200 within 60 s (see %s)%n", label, home.resolve("logs"));
            return Duration.ofSeconds(60).toMillis();
        } finally {
            tomcat.destroy();
            tomcat.waitFor();
        }
    }

    private static long rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static void run(Path dir, String... command) throws Exception {
        Files.createDirectories(dir);
        Process process =
                new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }
}

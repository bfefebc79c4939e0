package com.skyorders.foundation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A broken configuration fails the context with one log line that names the problem; nothing runs half-alive. */
@ExtendWith(SkyOrders.class)
class StartupFailureIT {

    @Test
    void wrongDatabasePasswordFailsTheContextAndSaysWhy(TestServer server) {
        List<String> logged = deployBroken(server, "/wrong-password", Map.of("sky.db.password", "not-the-password"));
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.contains("Sky Orders failed to start")
                                && line.contains("Access denied for user '"
                                        + server.database().user() + "'")),
                () -> "no log line names the cause: " + logged);
    }

    @Test
    void invalidSettingsAreAllNamed(TestServer server) {
        List<String> logged = deployBroken(
                server,
                "/bad-config",
                Map.of("sky.db.poolSize", "lots", "sky.zone", "Mars/Olympus", "sky.db.url", "postgres://x"));
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.contains("Sky Orders failed to start")
                                && line.contains("sky.db.poolSize")
                                && line.contains("sky.zone")
                                && line.contains("sky.db.url")),
                () -> "no log line names every bad key: " + logged);
    }

    /** The demo's stand-ins (mock payment, demo identity) run only where a deployment names them. */
    @Test
    void aDeploymentThatNamesNoProviderIsRefusedWithTheChoiceToMake(TestServer server) {
        List<String> logged =
                deployBroken(server, "/no-provider", Map.of("sky.pay.provider", "", "sky.identity.provider", ""));
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.contains("Sky Orders failed to start")
                                && line.contains(
                                        "sky.pay.provider is not set: name the payment provider (mock or wechat)")
                                && line.contains("sky.identity.provider is not set")),
                () -> "no log line names the missing providers: " + logged);
    }

    private static List<String> deployBroken(TestServer server, String path, Map<String, String> overrides) {
        int mark = server.logs().mark();
        Context context = server.deployExtra(path, overrides);
        try {
            assertFalse(context.getState().isAvailable(), () -> "context is " + context.getState());
            return server.logs().messagesSince(mark);
        } finally {
            server.undeploy(context);
        }
    }
}

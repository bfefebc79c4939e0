package com.skyorders.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quartz for real: two nodes (two deployments of the WAR, each with its own scheduler) clustered on one database.
 * Every trigger fires once per period, on one node, never on both; and a fire missed while every node was down
 * runs when a node comes back.
 */
@ExtendWith(SkyOrders.class)
class SweepClusterIT {

    private static final String EVERY_TWO_SECONDS = "*/2 * * * * ?";

    @Test
    void eachTriggerFiresOncePerPeriodOnOneNode(TestServer server) throws Exception {
        String cluster = "it-cluster-" + System.nanoTime();
        Map<String, String> fast = Map.of(
                "sky.sweeps.enabled",
                "true",
                "sky.sweeps.clusterName",
                cluster,
                "sky.sweeps.cancelCron",
                EVERY_TWO_SECONDS,
                "sky.sweeps.completeCron",
                EVERY_TWO_SECONDS,
                "sky.sweeps.realertCron",
                EVERY_TWO_SECONDS);
        Context first = server.deployExtra("/node-1", fast);
        Context second = server.deployExtra("/node-2", fast);
        try {
            assertTrue(first.getState().isAvailable() && second.getState().isAvailable(), "both nodes started");
            Thread.sleep(11_000);
        } finally {
            server.undeploy(first);
            server.undeploy(second);
        }
        List<Map<String, Object>> fires = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT job, scheduled_at, COUNT(*) AS runs, COUNT(DISTINCT instance) AS nodes FROM sweep_run "
                                        + "WHERE cluster = :cluster GROUP BY job, scheduled_at")
                        .bind("cluster", cluster)
                        .mapToMap()
                        .list());
        for (String job : List.of("cancelUnpaidOrders", "completeDeliveringOrders", "realertUnacceptedOrders")) {
            long periods = fires.stream().filter(f -> job.equals(f.get("job"))).count();
            assertTrue(periods >= 3, () -> job + " fired in only " + periods + " periods: " + fires);
        }
        for (Map<String, Object> fire : fires) {
            assertEquals(1L, ((Number) fire.get("runs")).longValue(), () -> "fired twice: " + fire);
        }
        long instances = server.jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT COUNT(DISTINCT instance) FROM sweep_run WHERE cluster = :cluster")
                                .bind("cluster", cluster)
                                .mapTo(Long.class)
                                .one());
        System.out.printf("cluster %s: %d fires on %d nodes%n", cluster, fires.size(), instances);
    }

    @Test
    void aFireMissedWhileEveryNodeWasDownRunsWhenANodeReturns(TestServer server) throws Exception {
        String cluster = "it-misfire-" + System.nanoTime();
        Map<String, String> daily = Map.of("sky.sweeps.enabled", "true", "sky.sweeps.clusterName", cluster);
        server.undeploy(server.deployExtra("/node-before", daily));
        long missed = System.currentTimeMillis() - 2 * 60 * 60 * 1000L;
        int updated = server.jdbi()
                .withHandle(h -> h.createUpdate("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = :missed "
                                + "WHERE SCHED_NAME = :cluster AND TRIGGER_NAME LIKE 'completeDeliveringOrders@%'")
                        .bind("missed", missed)
                        .bind("cluster", cluster)
                        .execute());
        assertEquals(1, updated, "the daily trigger was stored by the first node");
        Context after = server.deployExtra("/node-after", daily);
        try {
            long runs = 0;
            for (int i = 0; i < 50 && runs == 0; i++) {
                Thread.sleep(200);
                runs = server.jdbi()
                        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sweep_run WHERE cluster = :c "
                                        + "AND job = 'completeDeliveringOrders'")
                                .bind("c", cluster)
                                .mapTo(Long.class)
                                .one());
            }
            assertEquals(1, runs, "the missed 01:00 completion ran once on return");
        } finally {
            server.undeploy(after);
        }
    }

    @Test
    void aNodeRestartedWithANewCronLeavesTheClusterFiringOnlyTheNewOne(TestServer server) throws Exception {
        String cluster = "it-cron-" + System.nanoTime();
        Map<String, String> old = Map.of(
                "sky.sweeps.enabled",
                "true",
                "sky.sweeps.clusterName",
                cluster,
                "sky.sweeps.cancelCron",
                "*/2 * * * * ?");
        Context first = server.deployExtra("/cron-1", old);
        Context second = server.deployExtra("/cron-2", old);
        try {
            Thread.sleep(3_000);
            server.undeploy(second);
            // Every 3 s from now on: fires at seconds divisible by 3 only, never at the other even seconds.
            second = server.deployExtra(
                    "/cron-2",
                    Map.of(
                            "sky.sweeps.enabled",
                            "true",
                            "sky.sweeps.clusterName",
                            cluster,
                            "sky.sweeps.cancelCron",
                            "*/3 * * * * ?"));
            long restartedAt = System.currentTimeMillis();
            Thread.sleep(10_000);
            List<java.time.LocalDateTime> fires = server.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "SELECT scheduled_at FROM sweep_run WHERE cluster = :c AND job = 'cancelUnpaidOrders' "
                                            + "AND started_at > :after ORDER BY scheduled_at")
                            .bind("c", cluster)
                            .bind(
                                    "after",
                                    java.time.LocalDateTime.ofInstant(
                                            java.time.Instant.ofEpochMilli(restartedAt + 1000),
                                            java.time.ZoneId.of("Asia/Shanghai")))
                            .mapTo(java.time.LocalDateTime.class)
                            .list());
            assertTrue(fires.size() >= 2, () -> "the new cron fired: " + fires);
            for (java.time.LocalDateTime fire : fires) {
                assertEquals(0, fire.getSecond() % 3, () -> "only the new cron fires after the restart: " + fires);
            }
            int triggers = server.jdbi()
                    .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM QRTZ_TRIGGERS "
                                    + "WHERE SCHED_NAME = :c AND JOB_NAME = 'cancelUnpaidOrders'")
                            .bind("c", cluster)
                            .mapTo(Integer.class)
                            .one());
            assertEquals(1, triggers);
        } finally {
            server.undeploy(first);
            server.undeploy(second);
        }
    }
}

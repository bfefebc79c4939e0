package com.skyorders.config;

import java.time.Duration;
import java.time.ZoneId;
import org.quartz.CronExpression;

/**
 * The timeout sweeps' settings: crons (Quartz syntax, with seconds), their time zone, the overdue thresholds and
 * the re-alert policy. Every node of a cluster must use the same values.
 */
public record SweepConfig(
        boolean enabled,
        String clusterName,
        int threads,
        String cancelCron,
        String completeCron,
        String realertCron,
        String purgeCron,
        String refundCron,
        ZoneId timeZone,
        Duration deliveryTimeout,
        int chunk,
        Duration realertAfter,
        Duration realertRepeat,
        int realertMax) {

    public static SweepConfig read(ConfigReader reader) {
        return new SweepConfig(
                reader.bool("sky.sweeps.enabled", true),
                reader.string("sky.sweeps.clusterName", "SkyOrdersSweeps"),
                reader.integer("sky.sweeps.threads", 3, 1, 20),
                cron(reader, "sky.sweeps.cancelCron", "0 * * * * ?"),
                cron(reader, "sky.sweeps.completeCron", "0 0 1 * * ?"),
                cron(reader, "sky.sweeps.realertCron", "0 * * * * ?"),
                cron(reader, "sky.sweeps.purgeCron", "0 30 3 * * ?"),
                cron(reader, "sky.sweeps.refundCron", "*/10 * * * * ?"),
                reader.zone("sky.sweeps.timeZone", ZoneId.of("Asia/Shanghai")),
                reader.duration(
                        "sky.sweeps.deliveryTimeout",
                        Duration.ofMinutes(60),
                        Duration.ofMinutes(1),
                        Duration.ofDays(7)),
                reader.integer("sky.sweeps.chunk", 10_000, 1, 100_000),
                reader.duration(
                        "sky.sweeps.realertAfter", Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofDays(1)),
                reader.duration(
                        "sky.sweeps.realertRepeat", Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofDays(1)),
                reader.integer("sky.sweeps.realertMax", 3, 0, 100));
    }

    private static String cron(ConfigReader reader, String key, String defaultValue) {
        String value = reader.string(key, defaultValue);
        if (!CronExpression.isValidExpression(value)) {
            reader.reject(key + "='" + value + "' is not a Quartz cron expression (sec min hour day month weekday)");
            return defaultValue;
        }
        return value;
    }
}

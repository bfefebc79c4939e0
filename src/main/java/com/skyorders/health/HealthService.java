package com.skyorders.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the database with a cheap round trip (the pool's connect timeout bounds how long that can take) and that
 * the alert relay runs: a node whose relay died would otherwise serve requests while no console hears a thing.
 */
public final class HealthService {

    private static final Logger log = LoggerFactory.getLogger(HealthService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Instant started;
    private final String node;
    private final String version;
    private final BooleanSupplier relayAlive;

    public HealthService(Jdbi jdbi, Clock clock, String node, String version, BooleanSupplier relayAlive) {
        this.relayAlive = relayAlive;
        this.jdbi = jdbi;
        this.clock = clock;
        this.started = clock.instant();
        this.node = node;
        this.version = version;
    }

    public Health check() {
        boolean dbUp;
        try {
            dbUp = jdbi.withHandle(
                            h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            log.warn("Health check: database unreachable: {}", e.getMessage());
            dbUp = false;
        }
        boolean relayUp = relayAlive.getAsBoolean();
        long uptime = Duration.between(started, clock.instant()).toSeconds();
        return new Health(upOrDown(dbUp && relayUp), upOrDown(dbUp), upOrDown(relayUp), node, version, uptime);
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}

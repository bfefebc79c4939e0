package com.skyorders.health;

/**
 * What /health reports: the service as a whole (UP only when its database answers and its alert relay runs), each
 * part, and which node answered. Anonymous callers see only {@link #summary}.
 */
public record Health(String status, String db, String alertRelay, String node, String version, long uptimeSeconds) {

    /** What anyone may see: up or down, and the version. */
    public record Summary(String status, String version) {}

    public boolean up() {
        return "UP".equals(status);
    }

    public Summary summary() {
        return new Summary(status, version);
    }
}

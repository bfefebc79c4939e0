package com.skyorders.health;

/** What /health reports: the service, its database, and which node answered. */
public record Health(String status, String db, String node, String version, long uptimeSeconds) {

    public boolean up() {
        return "UP".equals(status);
    }
}

package com.skyorders.auth;

import java.time.Duration;

/**
 * How long each kind of token lives. API tokens have a fixed lifetime by role; console sign-ins slide: every use
 * (and every live alert socket) extends them by {@code consoleIdle}, up to {@code consoleMax} after sign-in.
 */
public record TokenLifetimes(Duration customer, Duration staff, Duration consoleIdle, Duration consoleMax) {

    Duration of(Role role) {
        return role == Role.STAFF ? staff : customer;
    }
}

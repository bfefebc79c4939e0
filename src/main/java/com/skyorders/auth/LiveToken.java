package com.skyorders.auth;

/** A token row that is neither expired nor revoked; {@code idleSeconds} is set for sliding (console) tokens. */
public record LiveToken(Role role, long id, Integer idleSeconds) {

    Principal principal() {
        return new Principal(role, id);
    }
}

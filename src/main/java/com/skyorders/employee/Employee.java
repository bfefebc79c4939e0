package com.skyorders.employee;

/** A member of the shop's staff; {@code password} is the stored PBKDF2 hash, never the password. */
public record Employee(long id, String name, String username, String password, int status) {

    public static final int LOCKED = 0;
    public static final int ENABLED = 1;

    public boolean locked() {
        return status == LOCKED;
    }
}

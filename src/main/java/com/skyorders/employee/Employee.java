package com.skyorders.employee;

/** A member of the shop's staff; {@code password} is the stored PBKDF2 hash, never the password. */
public record Employee(long id, String name, String username, String password, int status) {

    public boolean locked() {
        return status == 0;
    }
}

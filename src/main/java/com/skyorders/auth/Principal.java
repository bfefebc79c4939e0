package com.skyorders.auth;

/** An authenticated caller: a customer (user.id) or a member of staff (employee.id). */
public record Principal(Role role, long id) {

    public static final String REQUEST_ATTRIBUTE = Principal.class.getName();
}

package com.skyorders.auth;

/** Who a token speaks for. A customer token never opens /admin, and a staff token never acts as a customer. */
public enum Role {
    CUSTOMER,
    STAFF
}

package com.skyorders.employee;

/** What a successful staff login returns: sky-take-out's EmployeeLoginVO. */
public record StaffLogin(long id, String userName, String name, String token) {}

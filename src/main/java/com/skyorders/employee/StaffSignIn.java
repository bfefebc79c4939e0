package com.skyorders.employee;

/**
 * A member of staff whose password checked out, and the device cookie their browser is to keep (new, or the one it
 * sent): next time, that browser's attempts count on their own, unaffected by anyone else's failures.
 */
public record StaffSignIn(Employee employee, String device) {}

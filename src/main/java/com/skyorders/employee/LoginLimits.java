package com.skyorders.employee;

import java.time.Duration;

/**
 * How many password checks may fail in one window, per scope: from a browser that has signed in as the employee
 * before ({@code perDevice}), for one employee from every other browser together ({@code perEmployee}: the bound on
 * guessing, however many addresses it comes from), and from one client address ({@code perAddress}).
 */
public record LoginLimits(int perDevice, int perEmployee, int perAddress, Duration window) {}

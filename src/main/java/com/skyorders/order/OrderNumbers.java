package com.skyorders.order;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers: the order time to the millisecond plus five random digits (22 digits, sortable by time). The
 * column is unique and OrderService retries a collision, so two orders never share a number, on any node.
 */
final class OrderNumbers {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final SecureRandom random = new SecureRandom();

    String next(LocalDateTime orderTime) {
        return STAMP.format(orderTime) + String.format("%05d", random.nextInt(100_000));
    }
}

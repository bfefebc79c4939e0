package com.skyorders.order;

/** The three counts that need the shop's attention (sky-take-out's OrderStatisticsVO). */
public record OrderStatistics(long toBeConfirmed, long confirmed, long deliveryInProgress) {}

package com.skyorders.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What submit returns (sky-take-out's OrderSubmitVO). */
public record SubmitResult(long id, String orderNumber, BigDecimal orderAmount, LocalDateTime orderTime) {}

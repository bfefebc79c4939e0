package com.skyorders.outbox;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** {@link AlertType#URGENT_NEW_ORDER}'s details (急·待接单): a paid order nobody has accepted, and for how long. */
public record UrgentNewOrderDetails(
        long orderId,
        String orderNumber,
        BigDecimal amount,
        String consignee,
        String phone,
        LocalDateTime checkoutTime,
        long waitingMinutes)
        implements AlertDetails {}

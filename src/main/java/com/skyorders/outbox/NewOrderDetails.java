package com.skyorders.outbox;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** {@link AlertType#NEW_ORDER}'s details (来单提醒): the order just paid. */
public record NewOrderDetails(
        long orderId,
        String orderNumber,
        BigDecimal amount,
        String consignee,
        String phone,
        String address,
        String remark,
        LocalDateTime checkoutTime)
        implements AlertDetails {}

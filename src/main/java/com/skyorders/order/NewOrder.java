package com.skyorders.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The columns an order starts with, as OrderService assembles them from the cart, the address and the request. */
public record NewOrder(
        String number,
        long userId,
        long addressBookId,
        LocalDateTime orderTime,
        int payMethod,
        BigDecimal amount,
        String remark,
        String userName,
        String phone,
        String address,
        String consignee,
        LocalDateTime estimatedDeliveryTime,
        int deliveryStatus,
        int packAmount,
        Integer tablewareNumber,
        int tablewareStatus,
        BigDecimal packFee,
        BigDecimal deliveryFee) {}

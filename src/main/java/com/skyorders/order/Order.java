package com.skyorders.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An order row, field for field sky-take-out's Orders. */
public record Order(
        long id,
        String number,
        int status,
        long userId,
        long addressBookId,
        LocalDateTime orderTime,
        LocalDateTime checkoutTime,
        int payMethod,
        int payStatus,
        BigDecimal amount,
        String remark,
        String userName,
        String phone,
        String address,
        String consignee,
        String cancelReason,
        String rejectionReason,
        LocalDateTime cancelTime,
        LocalDateTime estimatedDeliveryTime,
        int deliveryStatus,
        LocalDateTime deliveryTime,
        Integer packAmount,
        Integer tablewareNumber,
        int tablewareStatus) {

    public static final int UNPAID = 0;
    public static final int PAID = 1;
    public static final int REFUNDED = 2;

    public OrderStatus orderStatus() {
        return OrderStatus.of(status);
    }

    public boolean paid() {
        return payStatus == PAID;
    }
}

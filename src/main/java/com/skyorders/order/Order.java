package com.skyorders.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An order row, field for field sky-take-out's Orders (codes and all: {@code status}, {@code payStatus}). */
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

    public OrderStatus orderStatus() {
        return OrderStatus.of(status);
    }

    /** Whether {@code payStatus} (the code, as the JSON API and the console show it) is {@code status}'s. */
    public boolean payStatusIs(PayStatus status) {
        return payStatus == status.code();
    }

    public boolean paid() {
        return payStatusIs(PayStatus.PAID);
    }
}

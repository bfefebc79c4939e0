package com.skyorders.sweep;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A paid order still waiting for the shop to accept it. */
public record UnacceptedOrder(
        long id, String number, BigDecimal amount, String consignee, String phone, LocalDateTime checkoutTime) {}

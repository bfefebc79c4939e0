package com.skyorders.order;

import java.math.BigDecimal;

/** The fees an order was charged at submission; both null for orders older than their recording. */
public record ChargedFees(BigDecimal packFee, BigDecimal deliveryFee) {}

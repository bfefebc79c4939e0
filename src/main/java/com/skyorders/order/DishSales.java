package com.skyorders.order;

/** A dish and the portions of it completed orders sold. */
public record DishSales(String name, long number) {}

package com.skyorders.menu;

import java.math.BigDecimal;

/** A dish in a set meal and its copies; name and price are the dish's, copied when the set meal was saved. */
public record SetmealDish(Long id, Long setmealId, Long dishId, String name, BigDecimal price, Integer copies) {}

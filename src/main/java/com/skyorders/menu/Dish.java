package com.skyorders.menu;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A dish as the mini-program lists it (DishVO); flavors are not modelled yet, so the list is always empty. */
public record Dish(
        long id,
        String name,
        long categoryId,
        BigDecimal price,
        String image,
        String description,
        int status,
        LocalDateTime updateTime,
        String categoryName,
        List<Object> flavors) {

    public static final int ON_SALE = 1;

    public Dish {
        flavors = flavors == null ? List.of() : flavors;
    }

    /** A dish as stored: dishes have no flavours table yet. */
    public Dish(
            long id,
            String name,
            long categoryId,
            BigDecimal price,
            String image,
            String description,
            int status,
            LocalDateTime updateTime,
            String categoryName) {
        this(id, name, categoryId, price, image, description, status, updateTime, categoryName, List.of());
    }

    public boolean onSale() {
        return status == ON_SALE;
    }
}

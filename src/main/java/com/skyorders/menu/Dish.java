package com.skyorders.menu;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A dish as both clients list it (the tutorial's DishVO), with its flavours. */
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
        List<DishFlavor> flavors) {

    public static final int ON_SALE = 1;

    public Dish {
        flavors = flavors == null ? List.of() : List.copyOf(flavors);
    }

    public boolean onSale() {
        return status == ON_SALE;
    }

    Dish withFlavors(List<DishFlavor> list) {
        return new Dish(id, name, categoryId, price, image, description, status, updateTime, categoryName, list);
    }
}

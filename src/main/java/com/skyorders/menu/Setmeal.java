package com.skyorders.menu;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A 套餐 as the clients list it (the tutorial's SetmealVO; the user side reads the same fields). */
public record Setmeal(
        long id,
        long categoryId,
        String name,
        BigDecimal price,
        int status,
        String description,
        String image,
        LocalDateTime createTime,
        LocalDateTime updateTime,
        Long createUser,
        Long updateUser,
        String categoryName,
        List<SetmealDish> setmealDishes) {

    public Setmeal {
        setmealDishes = setmealDishes == null ? List.of() : List.copyOf(setmealDishes);
    }

    public boolean onSale() {
        return status == Dish.ON_SALE;
    }

    Setmeal withDishes(List<SetmealDish> dishes) {
        return new Setmeal(
                id,
                categoryId,
                name,
                price,
                status,
                description,
                image,
                createTime,
                updateTime,
                createUser,
                updateUser,
                categoryName,
                dishes);
    }
}

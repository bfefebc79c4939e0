package com.skyorders.menu;

import com.skyorders.error.AppException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin's set-meal body (SetmealDTO): {@code {name, categoryId, price:"…", image, description, status,
 * setmealDishes:[{dishId, name, price, copies}]}}, plus {@code id} on edit. Name and price of each dish are taken
 * from the dish itself, not from the body.
 */
public record SetmealForm(
        Long id,
        Long categoryId,
        String name,
        BigDecimal price,
        Integer status,
        String description,
        String image,
        List<SetmealDish> setmealDishes) {

    static final int MAX_DISHES = 20;

    SetmealForm checked(boolean edit) {
        if (edit && (id == null || id <= 0)) {
            throw AppException.invalid("id", "不能为空");
        }
        if (categoryId == null || categoryId <= 0) {
            throw AppException.invalid("categoryId", "不能为空");
        }
        List<SetmealDish> dishes = setmealDishes == null ? List.of() : setmealDishes;
        if (dishes.isEmpty() || dishes.size() > MAX_DISHES) {
            throw AppException.invalid("setmealDishes", "必须有1到" + MAX_DISHES + "个菜品");
        }
        Set<Long> seen = new HashSet<>();
        for (SetmealDish dish : dishes) {
            if (dish == null || dish.dishId() == null || dish.dishId() <= 0) {
                throw AppException.invalid("setmealDishes.dishId", "不能为空");
            }
            if (!seen.add(dish.dishId())) {
                throw AppException.invalid("setmealDishes.dishId", "不能重复");
            }
            if (dish.copies() == null || dish.copies() < 1 || dish.copies() > 99) {
                throw AppException.invalid("setmealDishes.copies", "必须是1到99之间的整数");
            }
        }
        return new SetmealForm(
                id,
                categoryId,
                MenuText.name("name", name),
                MenuText.price(price),
                MenuText.status(status, 0),
                MenuText.optional("description", description),
                MenuText.image(image),
                dishes);
    }
}

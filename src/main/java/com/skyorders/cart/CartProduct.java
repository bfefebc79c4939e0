package com.skyorders.cart;

import com.skyorders.error.AppException;
import com.skyorders.menu.Dish;
import com.skyorders.menu.FlavorChoice;
import com.skyorders.menu.MenuDao;
import com.skyorders.menu.Setmeal;
import java.math.BigDecimal;

/**
 * What a cart line holds: a dish with its flavour, or a set meal, with the name, image and price a new line copies.
 * {@link #onSale} finds it on the menu and refuses what cannot be ordered now.
 */
public record CartProduct(Long dishId, Long setmealId, String flavor, String name, String image, BigDecimal price) {

    /** The dish (its flavour checked and put in order) or set meal of a change, on sale now. */
    public static CartProduct onSale(MenuDao menu, Long dishId, Long setmealId, String flavor) {
        if (setmealId != null) {
            Setmeal setmeal = menu.setmeal(setmealId).orElseThrow(() -> AppException.notFound("套餐不存在"));
            if (!setmeal.onSale()) {
                throw AppException.conflict("套餐已停售");
            }
            return new CartProduct(null, setmeal.id(), null, setmeal.name(), setmeal.image(), setmeal.price());
        }
        Dish dish = menu.dish(dishId).orElseThrow(() -> AppException.notFound("菜品不存在"));
        if (!dish.onSale()) {
            throw AppException.conflict("菜品已停售");
        }
        return new CartProduct(dish.id(), null, FlavorChoice.of(dish, flavor), dish.name(), dish.image(), dish.price());
    }
}

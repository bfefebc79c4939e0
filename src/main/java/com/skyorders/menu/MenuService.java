package com.skyorders.menu;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The menu the customer orders from; its dish and set-meal lists come from this node's MenuCache. */
public final class MenuService {

    private final Jdbi jdbi;
    private final MenuCache cache;

    MenuService(Jdbi jdbi, MenuCache cache) {
        this.jdbi = jdbi;
        this.cache = cache;
    }

    public List<Category> categories(Integer type) {
        return jdbi.withHandle(handle -> new CategoryDao(handle).enabled(type));
    }

    public List<Dish> dishesOnSale(long categoryId) {
        return cache.get("dish:" + categoryId, handle -> new MenuDao(handle).dishesOnSale(categoryId));
    }

    public List<Setmeal> setmealsOnSale(long categoryId) {
        return cache.get("setmeal:" + categoryId, handle -> new MenuDao(handle).setmealsOnSale(categoryId));
    }

    public List<DishItem> setmealDishes(long setmealId) {
        return jdbi.withHandle(handle -> new MenuDao(handle).dishItems(setmealId));
    }
}

package com.skyorders.menu;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The read-only menu the customer orders from. */
public final class MenuService {

    private final MenuDao menu;

    public MenuService(Jdbi jdbi) {
        this.menu = jdbi.onDemand(MenuDao.class);
    }

    public List<Category> categories(Integer type) {
        return menu.categories(type);
    }

    public List<Dish> dishesOnSale(long categoryId) {
        return menu.dishesOnSale(categoryId);
    }
}

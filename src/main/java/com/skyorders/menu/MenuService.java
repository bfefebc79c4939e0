package com.skyorders.menu;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The read-only menu the customer orders from. */
public final class MenuService {

    private final Jdbi jdbi;

    public MenuService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Category> categories(Integer type) {
        return jdbi.withHandle(handle -> new MenuDao(handle).categories(type));
    }

    public List<Dish> dishesOnSale(long categoryId) {
        return jdbi.withHandle(handle -> new MenuDao(handle).dishesOnSale(categoryId));
    }
}

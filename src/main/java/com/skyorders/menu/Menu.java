package com.skyorders.menu;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** The menu's services, sharing one write path (MenuWrites) and this node's cache of the customer lists. */
public record Menu(MenuService menu, CategoryService categories, DishService dishes, SetmealService setmeals) {

    /** {@code cacheCheck}: how often the cache compares the menu version (zero: no cache). */
    public static Menu create(Jdbi jdbi, Clock clock, Duration cacheCheck) {
        MenuCache cache = new MenuCache(jdbi, cacheCheck);
        MenuWrites writes = new MenuWrites(jdbi, clock, cache);
        return new Menu(
                new MenuService(jdbi, cache),
                new CategoryService(jdbi, writes),
                new DishService(jdbi, writes),
                new SetmealService(jdbi, writes));
    }
}

package com.skyorders.menu;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The menu's rows, on one handle (a plain class: every cart change looks its dish up and every menu page lists
 * dishes; see README, "Data access").
 */
public final class MenuDao {

    private static final RowMapper<Category> CATEGORY = (rs, ctx) -> new Category(
            rs.getLong("id"),
            rs.getObject("type", Integer.class),
            rs.getString("name"),
            rs.getInt("sort"),
            rs.getObject("status", Integer.class),
            rs.getObject("create_time", LocalDateTime.class),
            rs.getObject("update_time", LocalDateTime.class));

    private static final String DISH_COLUMNS = "SELECT d.id, d.name, d.category_id, d.price, d.image, "
            + "d.description, d.status, d.update_time, c.name AS category_name FROM dish d "
            + "LEFT JOIN category c ON c.id = d.category_id ";

    private static final RowMapper<Dish> DISH = (rs, ctx) -> new Dish(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getLong("category_id"),
            rs.getBigDecimal("price"),
            rs.getString("image"),
            rs.getString("description"),
            rs.getInt("status"),
            rs.getObject("update_time", LocalDateTime.class),
            rs.getString("category_name"));

    private final Handle handle;

    public MenuDao(Handle handle) {
        this.handle = handle;
    }

    /** The categories on show, of one type (null: both), in menu order. */
    List<Category> categories(Integer type) {
        return handle.createQuery("SELECT id, type, name, sort, status, create_time, update_time FROM category "
                        + "WHERE status = 1 AND (:type IS NULL OR type = :type) ORDER BY sort, create_time DESC")
                .bindByType("type", type, Integer.class)
                .map(CATEGORY)
                .list();
    }

    List<Dish> dishesOnSale(long categoryId) {
        return handle.createQuery(DISH_COLUMNS + "WHERE d.category_id = :categoryId AND d.status = 1 ORDER BY d.id")
                .bind("categoryId", categoryId)
                .map(DISH)
                .list();
    }

    public Optional<Dish> dish(long id) {
        return handle.createQuery(DISH_COLUMNS + "WHERE d.id = :id")
                .bind("id", id)
                .map(DISH)
                .findOne();
    }
}

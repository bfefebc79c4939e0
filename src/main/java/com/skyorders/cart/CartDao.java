package com.skyorders.cart;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A customer's cart lines, on one handle (a plain class on the order path: see docs/ARCHITECTURE.md, "Data access").
 */
public final class CartDao {

    private static final String COLUMNS = "SELECT id, name, image, user_id, dish_id, setmeal_id, dish_flavor, "
            + "number, amount, create_time FROM shopping_cart ";
    private static final RowMapper<CartItem> ITEM = (rs, ctx) -> new CartItem(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("image"),
            rs.getLong("user_id"),
            rs.getObject("dish_id", Long.class),
            rs.getObject("setmeal_id", Long.class),
            rs.getString("dish_flavor"),
            rs.getInt("number"),
            rs.getBigDecimal("amount"),
            rs.getObject("create_time", LocalDateTime.class));

    private final Handle handle;

    public CartDao(Handle handle) {
        this.handle = handle;
    }

    public List<CartItem> list(long userId) {
        return handle.createQuery(COLUMNS + "WHERE user_id = :userId ORDER BY create_time, id")
                .bind("userId", userId)
                .map(ITEM)
                .list();
    }

    Optional<CartItem> findLine(long userId, Long dishId, Long setmealId, String flavor) {
        return handle.createQuery(COLUMNS + "WHERE user_id = :userId AND dish_id <=> :dishId "
                        + "AND setmeal_id <=> :setmealId AND dish_flavor <=> :flavor")
                .bind("userId", userId)
                .bindByType("dishId", dishId, Long.class)
                .bindByType("setmealId", setmealId, Long.class)
                .bindByType("flavor", flavor, String.class)
                .map(ITEM)
                .findOne();
    }

    int countLines(long userId) {
        return handle.createQuery("SELECT COUNT(*) FROM shopping_cart WHERE user_id = :userId")
                .bind("userId", userId)
                .mapTo(Integer.class)
                .one();
    }

    void insert(long userId, CartProduct product, int number, LocalDateTime now) {
        handle.createUpdate(
                        "INSERT INTO shopping_cart (name, image, user_id, dish_id, setmeal_id, dish_flavor, number, "
                                + "amount, create_time) VALUES (:name, :image, :userId, :dishId, :setmealId, :flavor, :number, "
                                + ":price, :now)")
                .bind("userId", userId)
                .bindByType("dishId", product.dishId(), Long.class)
                .bindByType("setmealId", product.setmealId(), Long.class)
                .bindByType("flavor", product.flavor(), String.class)
                .bind("name", product.name())
                .bind("image", product.image())
                .bind("price", product.price())
                .bind("number", number)
                .bind("now", now)
                .execute();
    }

    void changeNumber(long id, int delta) {
        handle.createUpdate("UPDATE shopping_cart SET number = number + :delta WHERE id = :id")
                .bind("id", id)
                .bind("delta", delta)
                .execute();
    }

    void delete(long id) {
        handle.createUpdate("DELETE FROM shopping_cart WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    public int clean(long userId) {
        return handle.createUpdate("DELETE FROM shopping_cart WHERE user_id = :userId")
                .bind("userId", userId)
                .execute();
    }
}

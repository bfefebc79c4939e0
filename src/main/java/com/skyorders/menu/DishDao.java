package com.skyorders.menu;

import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The dish rows, on one handle; flavours are FlavorDao's. */
final class DishDao {

    static final String COLUMNS = "SELECT d.id, d.name, d.category_id, d.price, d.image, d.description, d.status, "
            + "d.update_time, c.name AS category_name FROM dish d LEFT JOIN category c ON c.id = d.category_id ";
    static final RowMapper<Dish> DISH = (rs, ctx) -> new Dish(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getLong("category_id"),
            rs.getBigDecimal("price"),
            rs.getString("image"),
            rs.getString("description"),
            rs.getInt("status"),
            rs.getObject("update_time", LocalDateTime.class),
            rs.getString("category_name"),
            List.of());
    private static final String FILTER = "WHERE (:name IS NULL OR d.name LIKE :name) "
            + "AND (:categoryId IS NULL OR d.category_id = :categoryId) AND (:status IS NULL OR d.status = :status) ";

    private final Handle handle;

    DishDao(Handle handle) {
        this.handle = handle;
    }

    Page<Dish> page(MenuFilter filter, PageRequest page) {
        long total = handle.createQuery("SELECT COUNT(*) FROM dish d " + FILTER)
                .bindByType("name", filter.namePattern(), String.class)
                .bindByType("categoryId", filter.categoryId(), Long.class)
                .bindByType("status", filter.status(), Integer.class)
                .mapTo(Long.class)
                .one();
        List<Dish> records = handle.createQuery(
                        COLUMNS + FILTER + "ORDER BY d.create_time DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .bindByType("name", filter.namePattern(), String.class)
                .bindByType("categoryId", filter.categoryId(), Long.class)
                .bindByType("status", filter.status(), Integer.class)
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map(DISH)
                .list();
        return new Page<>(total, records);
    }

    /** Dishes on sale matching the filter's category and name, newest first, at most {@code limit}. */
    List<Dish> onSale(MenuFilter filter, int limit) {
        return handle.createQuery(COLUMNS + FILTER + "ORDER BY d.create_time DESC, d.id DESC LIMIT :limit")
                .bindByType("name", filter.namePattern(), String.class)
                .bindByType("categoryId", filter.categoryId(), Long.class)
                .bind("status", Dish.ON_SALE)
                .bind("limit", limit)
                .map(DISH)
                .list();
    }

    Optional<Dish> find(long id) {
        return handle.createQuery(COLUMNS + "WHERE d.id = :id")
                .bind("id", id)
                .map(DISH)
                .findOne();
    }

    /** These dishes, locked until the transaction ends; missing ids are simply absent. */
    List<Dish> lock(Collection<Long> ids) {
        return handle.createQuery(COLUMNS + "WHERE d.id IN (<ids>) ORDER BY d.id FOR UPDATE")
                .bindList("ids", List.copyOf(ids))
                .map(DISH)
                .list();
    }

    long insert(DishForm form, long employee, LocalDateTime now) {
        return handle.createUpdate("INSERT INTO dish (name, category_id, price, image, description, status, "
                        + "create_time, update_time, create_user, update_user) VALUES (:name, :categoryId, :price, "
                        + ":image, :description, :status, :now, :now, :by, :by)")
                .bindMethods(form) // :name, :price … by the form's accessors
                .bind("now", now)
                .bind("by", employee)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Everything but the status, which changes only through the status endpoint (and its rules). */
    int update(DishForm form, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE dish SET name = :name, category_id = :categoryId, price = :price, "
                        + "image = :image, description = :description, update_time = :now, update_user = :by "
                        + "WHERE id = :id")
                .bindMethods(form) // :name, :price … by the form's accessors
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    int setStatus(Collection<Long> ids, int from, int to, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE dish SET status = :to, update_time = :now, update_user = :by "
                        + "WHERE id IN (<ids>) AND status = :from")
                .bindList("ids", List.copyOf(ids))
                .bind("from", from)
                .bind("to", to)
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    int delete(Collection<Long> ids) {
        return handle.createUpdate("DELETE FROM dish WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .execute();
    }
}

package com.skyorders.menu;

import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The setmeal and setmeal_dish rows, on one handle. */
final class SetmealDao {

    private static final String COLUMNS = "SELECT s.id, s.category_id, s.name, s.price, s.status, s.description, "
            + "s.image, s.create_time, s.update_time, s.create_user, s.update_user, c.name AS category_name "
            + "FROM setmeal s LEFT JOIN category c ON c.id = s.category_id ";
    private static final RowMapper<Setmeal> SETMEAL = (rs, ctx) -> new Setmeal(
            rs.getLong("id"),
            rs.getLong("category_id"),
            rs.getString("name"),
            rs.getBigDecimal("price"),
            rs.getInt("status"),
            rs.getString("description"),
            rs.getString("image"),
            rs.getObject("create_time", LocalDateTime.class),
            rs.getObject("update_time", LocalDateTime.class),
            rs.getObject("create_user", Long.class),
            rs.getObject("update_user", Long.class),
            rs.getString("category_name"),
            List.of());
    private static final RowMapper<SetmealDish> PART = (rs, ctx) -> new SetmealDish(
            rs.getLong("id"),
            rs.getLong("setmeal_id"),
            rs.getLong("dish_id"),
            rs.getString("name"),
            rs.getBigDecimal("price"),
            rs.getInt("copies"));
    private static final String FILTER = "WHERE (:name IS NULL OR s.name LIKE :name) "
            + "AND (:categoryId IS NULL OR s.category_id = :categoryId) AND (:status IS NULL OR s.status = :status) ";

    private final Handle handle;

    SetmealDao(Handle handle) {
        this.handle = handle;
    }

    Page<Setmeal> page(MenuFilter filter, PageRequest page) {
        long total = handle.createQuery("SELECT COUNT(*) FROM setmeal s " + FILTER)
                .bindByType("name", filter.namePattern(), String.class)
                .bindByType("categoryId", filter.categoryId(), Long.class)
                .bindByType("status", filter.status(), Integer.class)
                .mapTo(Long.class)
                .one();
        List<Setmeal> records = handle.createQuery(
                        COLUMNS + FILTER + "ORDER BY s.create_time DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .bindByType("name", filter.namePattern(), String.class)
                .bindByType("categoryId", filter.categoryId(), Long.class)
                .bindByType("status", filter.status(), Integer.class)
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map(SETMEAL)
                .list();
        return new Page<>(total, records);
    }

    List<Setmeal> onSale(long categoryId) {
        return handle.createQuery(COLUMNS + "WHERE s.category_id = :categoryId AND s.status = 1 "
                        + "ORDER BY s.create_time DESC, s.id DESC")
                .bind("categoryId", categoryId)
                .map(SETMEAL)
                .list();
    }

    Optional<Setmeal> find(long id) {
        return handle.createQuery(COLUMNS + "WHERE s.id = :id")
                .bind("id", id)
                .map(SETMEAL)
                .findOne();
    }

    List<Setmeal> lock(Collection<Long> ids) {
        return handle.createQuery(COLUMNS + "WHERE s.id IN (<ids>) ORDER BY s.id FOR UPDATE")
                .bindList("ids", List.copyOf(ids))
                .map(SETMEAL)
                .list();
    }

    /** The dishes of these set meals, by set meal. */
    Map<Long, List<SetmealDish>> parts(Collection<Long> setmealIds) {
        if (setmealIds.isEmpty()) {
            return Map.of();
        }
        return handle
                .createQuery("SELECT id, setmeal_id, dish_id, name, price, copies FROM setmeal_dish "
                        + "WHERE setmeal_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(setmealIds))
                .map(PART)
                .stream()
                .collect(Collectors.groupingBy(SetmealDish::setmealId));
    }

    /** The set meals containing any of these dishes, locked, with the status they have now. */
    List<Setmeal> containing(Collection<Long> dishIds) {
        return handle.createQuery(COLUMNS + "WHERE s.id IN (SELECT setmeal_id FROM setmeal_dish "
                        + "WHERE dish_id IN (<ids>)) ORDER BY s.id FOR UPDATE")
                .bindList("ids", List.copyOf(dishIds))
                .map(SETMEAL)
                .list();
    }

    long insert(SetmealForm form, long employee, LocalDateTime now) {
        return handle.createUpdate("INSERT INTO setmeal (category_id, name, price, status, description, image, "
                        + "create_time, update_time, create_user, update_user) VALUES (:categoryId, :name, :price, "
                        + ":status, :description, :image, :now, :now, :by, :by)")
                .bindMethods(form) // :name, :price … by the form's accessors
                .bind("now", now)
                .bind("by", employee)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    int update(SetmealForm form, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE setmeal SET category_id = :categoryId, name = :name, price = :price, "
                        + "description = :description, image = :image, update_time = :now, update_user = :by "
                        + "WHERE id = :id")
                .bindMethods(form) // :name, :price … by the form's accessors
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    void replaceParts(long setmealId, List<SetmealDish> parts) {
        handle.createUpdate("DELETE FROM setmeal_dish WHERE setmeal_id = :id")
                .bind("id", setmealId)
                .execute();
        var batch = handle.prepareBatch("INSERT INTO setmeal_dish (setmeal_id, dish_id, name, price, copies) "
                + "VALUES (:setmealId, :dishId, :name, :price, :copies)");
        for (SetmealDish part : parts) {
            batch.bind("setmealId", setmealId)
                    .bind("dishId", part.dishId())
                    .bind("name", part.name())
                    .bind("price", part.price())
                    .bind("copies", part.copies())
                    .add();
        }
        batch.execute();
    }

    int setStatus(Collection<Long> ids, int from, int to, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE setmeal SET status = :to, update_time = :now, update_user = :by "
                        + "WHERE id IN (<ids>) AND status = :from")
                .bindList("ids", List.copyOf(ids))
                .bind("from", from)
                .bind("to", to)
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    void delete(Collection<Long> ids) {
        handle.createUpdate("DELETE FROM setmeal_dish WHERE setmeal_id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .execute();
        handle.createUpdate("DELETE FROM setmeal WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .execute();
    }

    boolean anyContains(Collection<Long> dishIds) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM setmeal_dish WHERE dish_id IN (<ids>))")
                .bindList("ids", List.copyOf(dishIds))
                .mapTo(Boolean.class)
                .one();
    }
}

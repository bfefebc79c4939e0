package com.skyorders.menu;

import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The category rows, on one handle. */
final class CategoryDao {

    private static final String COLUMNS = "SELECT id, type, name, sort, status, create_time, update_time, create_user, "
            + "update_user FROM category ";
    static final RowMapper<Category> CATEGORY = (rs, ctx) -> new Category(
            rs.getLong("id"),
            rs.getObject("type", Integer.class),
            rs.getString("name"),
            rs.getInt("sort"),
            rs.getObject("status", Integer.class),
            rs.getObject("create_time", LocalDateTime.class),
            rs.getObject("update_time", LocalDateTime.class),
            rs.getObject("create_user", Long.class),
            rs.getObject("update_user", Long.class));
    private static final String FILTER =
            "WHERE (:name IS NULL OR name LIKE :name) AND (:type IS NULL OR type = :type) ";

    private final Handle handle;

    CategoryDao(Handle handle) {
        this.handle = handle;
    }

    /** The categories on show, of one type (null: both), in menu order. */
    List<Category> enabled(Integer type) {
        return handle.createQuery(COLUMNS + "WHERE status = 1 AND (:type IS NULL OR type = :type) "
                        + "ORDER BY sort, create_time DESC, id")
                .bindByType("type", type, Integer.class)
                .map(CATEGORY)
                .list();
    }

    Page<Category> page(String namePattern, Integer type, PageRequest page) {
        long total = handle.createQuery("SELECT COUNT(*) FROM category " + FILTER)
                .bindByType("name", namePattern, String.class)
                .bindByType("type", type, Integer.class)
                .mapTo(Long.class)
                .one();
        List<Category> records = handle.createQuery(
                        COLUMNS + FILTER + "ORDER BY sort, create_time DESC, id LIMIT :limit OFFSET :offset")
                .bindByType("name", namePattern, String.class)
                .bindByType("type", type, Integer.class)
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map(CATEGORY)
                .list();
        return new Page<>(total, records);
    }

    Optional<Category> find(long id) {
        return handle.createQuery(COLUMNS + "WHERE id = :id")
                .bind("id", id)
                .map(CATEGORY)
                .findOne();
    }

    /** The category, locked until the transaction ends (a delete and a new dish in it cannot cross). */
    Optional<Category> lock(long id) {
        return handle.createQuery(COLUMNS + "WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(CATEGORY)
                .findOne();
    }

    long insert(CategoryForm form, int status, long employee, LocalDateTime now) {
        return handle.createUpdate("INSERT INTO category (type, name, sort, status, create_time, update_time, "
                        + "create_user, update_user) VALUES (:type, :name, :sort, :status, :now, :now, :by, :by)")
                .bind("type", form.type())
                .bind("name", form.name())
                .bind("sort", form.sort())
                .bind("status", status)
                .bind("now", now)
                .bind("by", employee)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    int update(CategoryForm form, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE category SET name = :name, sort = :sort, type = COALESCE(:type, type), "
                        + "update_time = :now, update_user = :by WHERE id = :id")
                .bind("id", form.id())
                .bind("name", form.name())
                .bind("sort", form.sort())
                .bindByType("type", form.type(), Integer.class)
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    int setStatus(long id, int from, int to, long employee, LocalDateTime now) {
        return handle.createUpdate("UPDATE category SET status = :to, update_time = :now, update_user = :by "
                        + "WHERE id = :id AND COALESCE(status, 0) = :from")
                .bind("id", id)
                .bind("from", from)
                .bind("to", to)
                .bind("now", now)
                .bind("by", employee)
                .execute();
    }

    int delete(long id) {
        return handle.createUpdate("DELETE FROM category WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    long count(String table, long categoryId) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE category_id = :id")
                .bind("id", categoryId)
                .mapTo(Long.class)
                .one();
    }
}

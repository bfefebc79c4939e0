package com.skyorders.employee;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Staff accounts, on one handle. */
public final class EmployeeDao {

    /** A member of staff as 员工管理 shows them: the password column is never read. */
    private static final String MEMBER = "SELECT id, username, name, '****' AS password, phone, sex, id_number, "
            + "status, create_time, update_time, create_user, update_user FROM employee ";

    /** Names containing {@code name} (LIKE wildcards in it escaped), newest first. */
    private static final String NAMED = "WHERE (:name IS NULL OR name LIKE CONCAT('%', :name, '%')) ";

    private static final RowMapper<Employee> EMPLOYEE = ConstructorMapper.of(Employee.class);
    private static final RowMapper<StaffMember> STAFF_MEMBER = ConstructorMapper.of(StaffMember.class);

    private final Handle handle;

    public EmployeeDao(Handle handle) {
        this.handle = handle;
    }

    public Optional<Employee> findByUsername(String username) {
        return handle.createQuery(
                        "SELECT id, name, username, password, status FROM employee WHERE username = :username")
                .bind("username", username)
                .map(EMPLOYEE)
                .findOne();
    }

    public Optional<String> findName(long id) {
        return handle.createQuery("SELECT name FROM employee WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    public int setStatus(long id, int status, long by, LocalDateTime now) {
        return handle.createUpdate(
                        "UPDATE employee SET status = :status, update_time = :now, update_user = :by WHERE id = :id")
                .bind("id", id)
                .bind("status", status)
                .bind("by", by)
                .bind("now", now)
                .execute();
    }

    public List<StaffMember> page(String name, int limit, long offset) {
        return handle.createQuery(MEMBER + NAMED + "ORDER BY create_time DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("name", name)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(STAFF_MEMBER)
                .list();
    }

    public long count(String name) {
        return handle.createQuery("SELECT COUNT(*) FROM employee " + NAMED)
                .bind("name", name)
                .mapTo(Long.class)
                .one();
    }

    public Optional<StaffMember> findMember(long id) {
        return handle.createQuery(MEMBER + "WHERE id = :id")
                .bind("id", id)
                .map(STAFF_MEMBER)
                .findOne();
    }

    public Optional<String> findUsername(long id) {
        return handle.createQuery("SELECT username FROM employee WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    public Optional<String> findPassword(long id) {
        return handle.createQuery("SELECT password FROM employee WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    public long insert(StaffProfile profile, String passwordHash, long by, LocalDateTime now) {
        return handle.createUpdate("INSERT INTO employee (username, name, password, phone, sex, id_number, status, "
                        + "create_time, update_time, create_user, update_user) VALUES (:username, :name, :password, "
                        + ":phone, :sex, :idNumber, :enabled, :now, :now, :by, :by)")
                .bindMethods(profile)
                .bind("password", passwordHash)
                .bind("enabled", Employee.ENABLED)
                .bind("by", by)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Only the profile: status and password have their own endpoints and rules. */
    public int updateProfile(long id, StaffProfile profile, long by, LocalDateTime now) {
        return handle.createUpdate("UPDATE employee SET username = :username, name = :name, phone = :phone, "
                        + "sex = :sex, id_number = :idNumber, update_time = :now, update_user = :by WHERE id = :id")
                .bind("id", id)
                .bindMethods(profile)
                .bind("by", by)
                .bind("now", now)
                .execute();
    }

    public int updatePassword(long id, String passwordHash, long by, LocalDateTime now) {
        return handle.createUpdate(
                        "UPDATE employee SET password = :password, update_time = :now, update_user = :by WHERE id = :id")
                .bind("id", id)
                .bind("password", passwordHash)
                .bind("by", by)
                .bind("now", now)
                .execute();
    }
}

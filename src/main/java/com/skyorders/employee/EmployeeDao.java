package com.skyorders.employee;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Employee.class)
@RegisterConstructorMapper(StaffMember.class)
public interface EmployeeDao {

    /** A member of staff as 员工管理 shows them: the password column is never read. */
    String MEMBER = "SELECT id, username, name, '****' AS password, phone, sex, id_number, status, create_time, "
            + "update_time, create_user, update_user FROM employee ";

    /** Names containing {@code name} (LIKE wildcards in it escaped), newest first. */
    String NAMED = "WHERE (:name IS NULL OR name LIKE CONCAT('%', :name, '%')) ";

    @SqlQuery("SELECT id, name, username, password, status FROM employee WHERE username = :username")
    Optional<Employee> findByUsername(@Bind("username") String username);

    @SqlQuery("SELECT name FROM employee WHERE id = :id")
    Optional<String> findName(@Bind("id") long id);

    @SqlUpdate("UPDATE employee SET status = :status, update_time = :now, update_user = :by WHERE id = :id")
    int setStatus(@Bind("id") long id, @Bind("status") int status, @Bind("by") long by, @Bind("now") LocalDateTime now);

    @SqlQuery(MEMBER + NAMED + "ORDER BY create_time DESC, id DESC LIMIT :limit OFFSET :offset")
    List<StaffMember> page(@Bind("name") String name, @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM employee " + NAMED)
    long count(@Bind("name") String name);

    @SqlQuery(MEMBER + "WHERE id = :id")
    Optional<StaffMember> findMember(@Bind("id") long id);

    @SqlQuery("SELECT username FROM employee WHERE id = :id")
    Optional<String> findUsername(@Bind("id") long id);

    @SqlQuery("SELECT password FROM employee WHERE id = :id")
    Optional<String> findPassword(@Bind("id") long id);

    @SqlUpdate("INSERT INTO employee (username, name, password, phone, sex, id_number, status, create_time, "
            + "update_time, create_user, update_user) VALUES (:p.username, :p.name, :password, :p.phone, :p.sex, "
            + ":p.idNumber, 1, :now, :now, :by, :by)")
    @GetGeneratedKeys("id")
    long insert(
            @BindMethods("p") StaffProfile profile,
            @Bind("password") String passwordHash,
            @Bind("by") long by,
            @Bind("now") LocalDateTime now);

    /** Only the profile: status and password have their own endpoints and rules. */
    @SqlUpdate("UPDATE employee SET username = :p.username, name = :p.name, phone = :p.phone, sex = :p.sex, "
            + "id_number = :p.idNumber, update_time = :now, update_user = :by WHERE id = :id")
    int updateProfile(
            @Bind("id") long id,
            @BindMethods("p") StaffProfile profile,
            @Bind("by") long by,
            @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE employee SET password = :password, update_time = :now, update_user = :by WHERE id = :id")
    int updatePassword(
            @Bind("id") long id,
            @Bind("password") String passwordHash,
            @Bind("by") long by,
            @Bind("now") LocalDateTime now);
}

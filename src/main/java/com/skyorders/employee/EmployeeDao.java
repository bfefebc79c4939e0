package com.skyorders.employee;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Employee.class)
public interface EmployeeDao {

    @SqlQuery("SELECT id, name, username, password, status FROM employee WHERE username = :username")
    Optional<Employee> findByUsername(@Bind("username") String username);

    @SqlQuery("SELECT name FROM employee WHERE id = :id")
    Optional<String> findName(@Bind("id") long id);

    @SqlUpdate("UPDATE employee SET status = :status, update_time = :now, update_user = :by WHERE id = :id")
    int setStatus(@Bind("id") long id, @Bind("status") int status, @Bind("by") long by, @Bind("now") LocalDateTime now);
}

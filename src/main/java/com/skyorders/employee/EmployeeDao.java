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

    @SqlQuery("SELECT COUNT(*) FROM login_failure WHERE username = :username AND attempted_at > :since")
    int countFailuresSince(@Bind("username") String username, @Bind("since") LocalDateTime since);

    @SqlUpdate("INSERT INTO login_failure (username, attempted_at) VALUES (:username, :now)")
    void recordFailure(@Bind("username") String username, @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM login_failure WHERE username = :username")
    void clearFailures(@Bind("username") String username);
}

package com.skyorders.employee;

import com.skyorders.auth.PasswordHasher;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff login. A wrong user and a wrong password get the same answer; a locked account is only revealed to whoever
 * knows its password; repeated failures for one username are throttled, counted in the database so every node
 * sees them.
 */
public final class EmployeeService {

    static final String BAD_CREDENTIALS = "账号或密码错误";

    private final EmployeeDao employees;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final Clock clock;
    private final int maxFailures;
    private final Duration failureWindow;
    /** Hashed against when the user does not exist, so both refusals cost the same time. */
    private final String decoyHash;

    public EmployeeService(Jdbi jdbi, PasswordHasher hasher, TokenService tokens, Clock clock,
                           int maxFailures, Duration failureWindow) {
        this.employees = jdbi.onDemand(EmployeeDao.class);
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
        this.decoyHash = hasher.hash("decoy-password");
    }

    public StaffLogin login(String username, String password) {
        Employee employee = verify(username, password);
        String token = tokens.issue(Role.STAFF, employee.id());
        return new StaffLogin(employee.id(), employee.username(), employee.name(), token);
    }

    /** The name the console greets a member of staff with. */
    public Optional<String> name(long employeeId) {
        return employees.findName(employeeId);
    }

    /** Checks the credentials (throttled, locked accounts refused) without issuing a token: the console's login. */
    public Employee verify(String username, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (employees.countFailuresSince(username, now.minus(failureWindow)) >= maxFailures) {
            throw new AppException(Problem.TOO_MANY_REQUESTS,
                    "登录失败次数过多，请" + failureWindow.toMinutes() + "分钟后再试");
        }
        Optional<Employee> found = employees.findByUsername(username);
        boolean matches = hasher.matches(password, found.map(Employee::password).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            employees.recordFailure(username, now);
            throw new AppException(Problem.UNAUTHENTICATED, BAD_CREDENTIALS);
        }
        Employee employee = found.get();
        if (employee.locked()) {
            throw new AppException(Problem.FORBIDDEN, "账号被锁定");
        }
        employees.clearFailures(username);
        return employee;
    }
}

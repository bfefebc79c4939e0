package com.skyorders.employee;

import com.skyorders.auth.PasswordHasher;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff login. A wrong user and a wrong password get the same answer; a locked account is only revealed to whoever
 * knows its password; guessing is throttled without letting strangers lock anyone out ({@link LoginThrottle}).
 */
public final class EmployeeService {

    static final String BAD_CREDENTIALS = "账号或密码错误";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    /** Hashed against when the user does not exist, so both refusals cost the same time. */
    private final String decoyHash;

    public EmployeeService(Jdbi jdbi, PasswordHasher hasher, TokenService tokens, LoginThrottle throttle) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.decoyHash = hasher.decoy();
    }

    /** The JSON login's answer for a member of staff who passed {@link #verify}: a fresh API token. */
    public StaffLogin login(Employee employee) {
        String token = tokens.issue(Role.STAFF, employee.id());
        return new StaffLogin(employee.id(), employee.username(), employee.name(), token);
    }

    /** The name the console greets a member of staff with. */
    public Optional<String> name(long employeeId) {
        return jdbi.withHandle(handle -> new EmployeeDao(handle).findName(employeeId));
    }

    /** Checks the credentials (throttled, locked accounts refused); both logins start here. */
    public StaffSignIn verify(String username, String password, LoginClient client) {
        Optional<Employee> found = jdbi.withHandle(handle -> new EmployeeDao(handle).findByUsername(username));
        LoginThrottle.Attempt attempt = throttle.begin(found, client);
        boolean matches = hasher.matches(password, found.map(Employee::password).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            throw new AppException(Problem.WRONG_CREDENTIALS, BAD_CREDENTIALS);
        }
        String device = throttle.succeeded(attempt, client);
        Employee employee = found.get();
        if (employee.locked()) {
            throw new AppException(Problem.FORBIDDEN, "账号被锁定");
        }
        return new StaffSignIn(employee, device);
    }
}

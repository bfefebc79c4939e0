package com.skyorders.employee;

import com.skyorders.auth.PasswordHasher;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.error.AppException;
import com.skyorders.error.DuplicateKey;
import com.skyorders.error.Problem;
import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * 员工管理 and passwords. Anyone on the staff may list and read; adding, editing, locking and resetting a colleague's
 * password is the administrator's ({@code admin}, as the tutorial's admin only offers those buttons to it). Every
 * password is a PBKDF2 hash; new staff and reset passwords start as the tutorial's default, which the console asks
 * its owner to change at sign-in.
 */
public final class StaffService {

    /** The tutorial's initial password for new staff. */
    public static final String DEFAULT_PASSWORD = "123456";
    /** The account that manages the others. */
    public static final String ADMINISTRATOR = "admin";

    private static final Pattern NEW_PASSWORD = Pattern.compile("[A-Za-z0-9]{6,20}");
    private static final String NOT_FOUND = "员工不存在";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final Clock clock;

    public StaffService(Jdbi jdbi, PasswordHasher hasher, TokenService tokens, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Page<StaffMember> page(String name, PageRequest page) {
        String filter = name == null || name.isBlank() ? null : likeEscaped(name.trim());
        return employees(dao -> new Page<>(dao.count(filter), dao.page(filter, page.pageSize(), page.offset())));
    }

    public StaffMember get(long id) {
        return employees(dao -> dao.findMember(id)).orElseThrow(() -> AppException.notFound(NOT_FOUND));
    }

    /** A new member of staff, enabled, with the default password. */
    public StaffMember add(long actingId, StaffProfile profile) {
        requireAdministrator(actingId);
        StaffProfile valid = profile.validated();
        String hash = hasher.hash(DEFAULT_PASSWORD);
        return get(unique(valid, () -> employees(dao -> dao.insert(valid, hash, actingId, now()))));
    }

    /** Only the profile changes (the admin sends back the whole record, password "****" and status included). */
    public void edit(long actingId, long id, StaffProfile profile) {
        requireAdministrator(actingId);
        StaffProfile valid = profile.validated();
        if (get(id).username().equals(ADMINISTRATOR) && !valid.username().equals(ADMINISTRATOR)) {
            throw AppException.conflict("管理员账号不能改名");
        }
        unique(valid, () -> employees(dao -> dao.updateProfile(id, valid, actingId, now())));
    }

    /**
     * 启用/禁用: locking also ends every token and console sign-in of that employee at once, on every node; their
     * open sockets close at the relays' next check (≤ 5 s).
     */
    public void setStatus(long actingId, long employeeId, int status) {
        requireAdministrator(actingId);
        if (status != Employee.ENABLED && status != Employee.LOCKED) {
            throw AppException.invalid("status", "必须是0或1");
        }
        if (status == Employee.LOCKED && employeeId == actingId) {
            throw AppException.conflict("不能禁用自己的账号");
        }
        if (employees(dao -> dao.setStatus(employeeId, status, actingId, now())) != 1) {
            throw AppException.notFound(NOT_FOUND);
        }
        if (status == Employee.LOCKED) {
            tokens.revokeAll(Role.STAFF, employeeId);
        }
    }

    /**
     * The signed-in employee's own change (修改密码). A wrong old password is a refusal the dialog can show, never a
     * 401 (the admin sends every 401 to its login page). Every other sign-in of theirs ends; {@code keepToken}, the
     * one they changed it from, stays.
     */
    public void changePassword(long employeeId, String oldPassword, String newPassword, String keepToken) {
        if (oldPassword == null || oldPassword.isEmpty() || oldPassword.length() > 128) {
            throw new AppException(Problem.INVALID_INPUT, "请输入原密码");
        }
        if (newPassword == null || !NEW_PASSWORD.matcher(newPassword).matches()) {
            throw new AppException(Problem.INVALID_INPUT, "新密码须为6-20位字母或数字");
        }
        String stored =
                employees(dao -> dao.findPassword(employeeId)).orElseThrow(() -> AppException.notFound(NOT_FOUND));
        if (!hasher.matches(oldPassword, stored)) {
            throw new AppException(Problem.INVALID_INPUT, "原密码错误");
        }
        if (newPassword.equals(oldPassword)) {
            throw new AppException(Problem.INVALID_INPUT, "新密码不能与原密码相同");
        }
        String hash = hasher.hash(newPassword);
        employees(dao -> dao.updatePassword(employeeId, hash, employeeId, now()));
        tokens.revokeAllBut(Role.STAFF, employeeId, keepToken);
    }

    /** The administrator resets a colleague's password to the default: all their sign-ins end. */
    public void resetPassword(long actingId, long employeeId) {
        requireAdministrator(actingId);
        String hash = hasher.hash(DEFAULT_PASSWORD);
        if (employees(dao -> dao.updatePassword(employeeId, hash, actingId, now())) != 1) {
            throw AppException.notFound(NOT_FOUND);
        }
        tokens.revokeAll(Role.STAFF, employeeId);
    }

    private void requireAdministrator(long actingId) {
        if (!employees(dao -> dao.findUsername(actingId))
                .map(ADMINISTRATOR::equals)
                .orElse(false)) {
            throw new AppException(Problem.FORBIDDEN, "只有管理员可以管理员工");
        }
    }

    /** One statement on a handle of its own, outside any transaction. */
    private <T> T employees(Function<EmployeeDao, T> statement) {
        return jdbi.withHandle(handle -> statement.apply(new EmployeeDao(handle)));
    }

    /** Runs a write that may meet the unique username: a duplicate is the tutorial's "'zhangsan'已存在". */
    private <T> T unique(StaffProfile profile, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (DuplicateKey.in(e)) {
                throw AppException.conflict("'" + profile.username() + "'已存在");
            }
            throw e;
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package com.skyorders.employee;

import com.skyorders.auth.TokenService;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Throttles staff-login guessing across nodes without letting anyone who lacks the password keep a member of staff
 * out (OWASP's device cookies). A browser that has signed in as an employee before counts its failures for that
 * employee on its own ({@link LoginLimits#perDevice}); every other attempt counts for the employee from all unknown
 * browsers together ({@code perEmployee}: the bound on guessing, however many addresses it comes from) and for its
 * client address ({@code perAddress}; an unknown username counts there only). An attempt first reserves its slots in
 * one transaction; past any limit the whole reservation rolls back and no password is checked, so refused attempts
 * count nowhere. The right password gives the slots back: only failed checks stay counted.
 */
public final class LoginThrottle {

    /** A device cookie lives this long; a device unseen for longer is forgotten by the daily purge. */
    public static final Duration DEVICE_LIFETIME = Duration.ofDays(365);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final LoginLimits limits;

    public LoginThrottle(Jdbi jdbi, Clock clock, LoginLimits limits) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.limits = limits;
    }

    /** The slots one attempt holds: its trusted device's, or its employee's (if any) and its address's. */
    record Attempt(Long employeeId, String address, boolean fromTrustedDevice) {}

    /** Reserves the attempt's slots, or refuses it (429) without any password being checked. */
    Attempt begin(Optional<Employee> employee, LoginClient client) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(limits.window());
        Long employeeId = employee.map(Employee::id).orElse(null);
        Optional<String> device = client.device().map(TokenService::hash);
        return jdbi.inTransaction(handle -> {
            LoginThrottleDao counters = new LoginThrottleDao(handle);
            if (employeeId != null
                    && device.isPresent()
                    && counters.reserveDevice(device.get(), employeeId, now, windowStart) == 1) {
                requireWithin(counters.deviceAttempts(device.get(), employeeId), limits.perDevice());
                return new Attempt(employeeId, client.address(), true);
            }
            counters.reserve(LoginThrottleDao.ADDRESS, client.address(), now, windowStart);
            requireWithin(counters.attempts(LoginThrottleDao.ADDRESS, client.address()), limits.perAddress());
            if (employeeId != null) {
                String subject = employeeId.toString();
                counters.reserve(LoginThrottleDao.EMPLOYEE, subject, now, windowStart);
                requireWithin(counters.attempts(LoginThrottleDao.EMPLOYEE, subject), limits.perEmployee());
            }
            return new Attempt(employeeId, client.address(), false);
        });
    }

    /**
     * The password was right: the attempt's slots are given back and the browser is trusted for this employee from
     * now on. Returns the device cookie it is to keep (the one it sent, or a new one).
     */
    String succeeded(Attempt attempt, LoginClient client) {
        String device = client.device().orElseGet(LoginThrottle::newDevice);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            LoginThrottleDao counters = new LoginThrottleDao(handle);
            if (!attempt.fromTrustedDevice()) {
                counters.release(LoginThrottleDao.ADDRESS, attempt.address());
                counters.release(LoginThrottleDao.EMPLOYEE, attempt.employeeId().toString());
            }
            counters.trust(TokenService.hash(device), attempt.employeeId(), now);
        });
        return device;
    }

    /** Forgets windows long over and devices unseen for a year (the daily purge). */
    public int purge(int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(handle -> {
            LoginThrottleDao counters = new LoginThrottleDao(handle);
            return counters.deleteWindowsBefore(now.minus(limits.window()), limit)
                    + counters.deleteDevicesUnseenSince(now.minus(DEVICE_LIFETIME), limit);
        });
    }

    private void requireWithin(int attempts, int limit) {
        if (attempts > limit) {
            throw new AppException(
                    Problem.TOO_MANY_REQUESTS,
                    "登录失败次数过多，请" + Math.max(1, limits.window().toMinutes()) + "分钟后再试");
        }
    }

    private static String newDevice() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

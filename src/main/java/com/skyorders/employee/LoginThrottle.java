package com.skyorders.employee;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;

/**
 * Throttles staff-login guessing per username and per client address, across nodes. Each attempt first reserves a
 * slot in both scopes' counters (one atomic upsert each, so 40 parallel guesses cannot all pass a count-then-insert);
 * only if both are within their limits is the password checked at all. A success clears the username's failures and
 * gives the address its slot back, so a shop's staff behind one NAT address are not locked out by their own logins.
 */
public final class LoginThrottle {

    private final Jdbi jdbi;
    private final Clock clock;
    private final int maxPerUsername;
    private final int maxPerAddress;
    private final Duration window;

    public LoginThrottle(Jdbi jdbi, Clock clock, int maxPerUsername, int maxPerAddress, Duration window) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.maxPerUsername = maxPerUsername;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** The two scopes an attempt counts in. */
    public record Attempt(String user, String address) {
        static Attempt of(String username, String clientAddress) {
            return new Attempt("user:" + username, "addr:" + (clientAddress == null ? "unknown" : clientAddress));
        }
    }

    /** Reserves the attempt, or refuses it (429) without any password being checked. */
    public Attempt begin(String username, String clientAddress) {
        Attempt attempt = Attempt.of(username, clientAddress);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean allowed = jdbi.inTransaction(handle -> {
            LoginThrottleDao counters = handle.attach(LoginThrottleDao.class);
            counters.reserve(attempt.user(), now, now.minus(window));
            counters.reserve(attempt.address(), now, now.minus(window));
            return counters.attempts(attempt.user()) <= maxPerUsername
                    && counters.attempts(attempt.address()) <= maxPerAddress;
        });
        if (!allowed) {
            throw new AppException(Problem.TOO_MANY_REQUESTS,
                    "登录失败次数过多，请" + Math.max(1, window.toMinutes()) + "分钟后再试");
        }
        return attempt;
    }

    /** The password was right: the username starts afresh and the address gets its slot back. */
    public void succeeded(Attempt attempt) {
        jdbi.useTransaction(handle -> {
            LoginThrottleDao counters = handle.attach(LoginThrottleDao.class);
            counters.clear(attempt.user());
            counters.release(attempt.address());
        });
    }

    /** Forgets windows long over (the daily purge). */
    public int purge(int limit) {
        return jdbi.onDemand(LoginThrottleDao.class)
                .deleteWindowsBefore(LocalDateTime.now(clock).minus(window), limit);
    }
}

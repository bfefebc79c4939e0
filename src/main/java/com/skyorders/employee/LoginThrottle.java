package com.skyorders.employee;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Throttles staff-login guessing across nodes, in three scopes: a username from one client address (the usual
 * limit, 5), a client address whatever the usernames (30), and a username from everywhere (10 × the usual limit, so
 * a distributed guesser is slowed too). Each attempt first reserves a slot in all three counters (one atomic upsert
 * each, so 40 parallel guesses cannot all pass a count-then-insert); only within all limits is the password checked.
 * Keying the usual limit by address as well means a stranger cannot lock the shop's staff out of their own account
 * from another address. A success clears the username's counters and gives the address its slot back (staff behind
 * one NAT address log in all day).
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

    /** The three scopes an attempt counts in. */
    public record Attempt(String userFromAddress, String address, String user) {
        static Attempt of(String username, String clientAddress) {
            String from = clientAddress == null ? "unknown" : clientAddress;
            return new Attempt("user:" + username + "@" + from, "addr:" + from, "user:" + username);
        }
    }

    /** Reserves the attempt, or refuses it (429) without any password being checked. */
    public Attempt begin(String username, String clientAddress) {
        Attempt attempt = Attempt.of(username, clientAddress);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean allowed = jdbi.inTransaction(handle -> {
            LoginThrottleDao counters = handle.attach(LoginThrottleDao.class);
            for (String scope : List.of(attempt.userFromAddress(), attempt.address(), attempt.user())) {
                counters.reserve(scope, now, now.minus(window));
            }
            return counters.attempts(attempt.userFromAddress()) <= maxPerUsername
                    && counters.attempts(attempt.address()) <= maxPerAddress
                    && counters.attempts(attempt.user()) <= maxPerUsername * 10;
        });
        if (!allowed) {
            throw new AppException(Problem.TOO_MANY_REQUESTS, "登录失败次数过多，请" + Math.max(1, window.toMinutes()) + "分钟后再试");
        }
        return attempt;
    }

    /** The password was right: the username starts afresh and the address gets its slot back. */
    public void succeeded(Attempt attempt) {
        jdbi.useTransaction(handle -> {
            LoginThrottleDao counters = handle.attach(LoginThrottleDao.class);
            counters.clear(attempt.userFromAddress());
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

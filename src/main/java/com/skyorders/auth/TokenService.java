package com.skyorders.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes; the database keeps only its SHA-256, with
 * the role, the subject and the expiry, so every node accepts it and logout takes effect everywhere at once.
 * API tokens live a fixed time per role; console sign-ins slide with use (see {@link TokenLifetimes}).
 */
public final class TokenService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final TokenLifetimes lifetimes;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Jdbi jdbi, Clock clock, TokenLifetimes lifetimes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.lifetimes = lifetimes;
    }

    /** An API token: {@code sky.token.ttl} for customers, {@code sky.token.staffTtl} for staff. */
    public String issue(Role role, long subjectId) {
        String token = newToken();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useHandle(handle -> new TokenDao(handle)
                .insert(hash(token), role, subjectId, now, now.plus(lifetimes.of(role)), null, null));
        return token;
    }

    /** A console sign-in: expires after {@code sky.console.idleTimeout} unused, at the latest after its max age. */
    public String issueConsole(long employeeId) {
        String token = newToken();
        LocalDateTime now = LocalDateTime.now(clock);
        Duration idle = lifetimes.consoleIdle();
        jdbi.useHandle(handle -> new TokenDao(handle)
                .insert(
                        hash(token),
                        Role.STAFF,
                        employeeId,
                        now,
                        now.plus(idle),
                        (int) idle.toSeconds(),
                        now.plus(lifetimes.consoleMax())));
        return token;
    }

    /** The caller a live token of {@code role} stands for; empty when unknown, expired, revoked or of another role. */
    public Optional<Principal> authenticate(String token, Role role) {
        return lookup(token).filter(p -> p.role() == role);
    }

    /** Whoever a live token stands for, of any role; a sliding token's use counts as activity. */
    public Optional<Principal> lookup(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        String hash = hash(token.trim());
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(handle -> {
            TokenDao tokens = new TokenDao(handle);
            Optional<LiveToken> live = tokens.findLive(hash, now);
            live.filter(t -> t.idleSeconds() != null).ifPresent(t -> tokens.renew(List.of(hash), now));
            return live.map(LiveToken::principal);
        });
    }

    /**
     * Which of these token hashes still stand for a live login; the sliding ones among them are renewed, because an
     * open alert socket is a console in use.
     */
    public Set<String> keepAlive(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(handle -> {
            TokenDao tokens = new TokenDao(handle);
            Set<String> live = tokens.liveAmong(hashes, now);
            if (!live.isEmpty()) {
                tokens.renew(live, now);
            }
            return live;
        });
    }

    public void revoke(String token) {
        if (token != null && !token.isBlank() && token.length() <= 128) {
            String hash = hash(token.trim());
            jdbi.useHandle(handle -> new TokenDao(handle).revoke(hash, LocalDateTime.now(clock)));
        }
    }

    /** Ends every live token of one subject (an employee just locked), on every node at once. */
    public int revokeAll(Role role, long subjectId) {
        return jdbi.withHandle(handle -> new TokenDao(handle).revokeSubject(role, subjectId, LocalDateTime.now(clock)));
    }

    /** Ends every live token of one subject but {@code keepToken} (a password just changed from it). */
    public int revokeAllBut(Role role, long subjectId, String keepToken) {
        String keep = keepToken == null ? "" : hash(keepToken.trim());
        return jdbi.withHandle(
                handle -> new TokenDao(handle).revokeSubjectBut(role, subjectId, keep, LocalDateTime.now(clock)));
    }

    /** Deletes tokens dead for more than a day (the daily purge); returns how many, at most {@code limit}. */
    public int purge(int limit) {
        return jdbi.withHandle(handle ->
                new TokenDao(handle).deleteDeadBefore(LocalDateTime.now(clock).minusDays(1), limit));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package com.skyorders.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes; the database keeps only its SHA-256, with
 * the role, the subject and the expiry, so every node accepts it and logout takes effect everywhere at once.
 */
public final class TokenService {

    private final TokenDao tokens;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Jdbi jdbi, Clock clock, Duration lifetime) {
        this.tokens = jdbi.onDemand(TokenDao.class);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(Role role, long subjectId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.insert(hash(token), role, subjectId, now, now.plus(lifetime));
        return token;
    }

    /** The caller a live token of {@code role} stands for; empty when unknown, expired, revoked or of another role. */
    public Optional<Principal> authenticate(String token, Role role) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        return tokens.findLive(hash(token.trim()), LocalDateTime.now(clock)).filter(p -> p.role() == role);
    }

    /** Which of these token hashes still stand for a live login. */
    public java.util.Set<String> liveHashes(java.util.Collection<String> hashes) {
        return hashes.isEmpty() ? java.util.Set.of() : tokens.liveAmong(hashes, LocalDateTime.now(clock));
    }


    public void revoke(String token) {
        if (token != null && !token.isBlank()) {
            tokens.revoke(hash(token.trim()), LocalDateTime.now(clock));
        }
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

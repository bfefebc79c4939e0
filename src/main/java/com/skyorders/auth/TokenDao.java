package com.skyorders.auth;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Token rows, on one handle (a plain class: every API request and socket looks its token up). */
final class TokenDao {

    /** A staff token also dies with its employee's lock (status 0), however the lock was set. */
    private static final String LIVE = "t.revoked_at IS NULL AND t.expires_at > :now AND (t.role <> 'STAFF' OR "
            + "EXISTS (SELECT 1 FROM employee e WHERE e.id = t.subject_id AND e.status = 1))";

    private static final RowMapper<LiveToken> LIVE_TOKEN = (rs, ctx) -> new LiveToken(
            Role.valueOf(rs.getString("role")), rs.getLong("id"), rs.getObject("idle_seconds", Integer.class));

    private final Handle handle;

    TokenDao(Handle handle) {
        this.handle = handle;
    }

    void insert(
            String hash,
            Role role,
            long subjectId,
            LocalDateTime now,
            LocalDateTime expiresAt,
            Integer idleSeconds,
            LocalDateTime maxExpiresAt) {
        handle.createUpdate("INSERT INTO auth_token (token_hash, role, subject_id, created_at, expires_at, "
                        + "idle_seconds, max_expires_at) VALUES (:hash, :role, :subjectId, :now, :expiresAt, "
                        + ":idleSeconds, :maxExpiresAt)")
                .bind("hash", hash)
                .bind("role", role.name())
                .bind("subjectId", subjectId)
                .bind("now", now)
                .bind("expiresAt", expiresAt)
                .bindByType("idleSeconds", idleSeconds, Integer.class)
                .bindByType("maxExpiresAt", maxExpiresAt, LocalDateTime.class)
                .execute();
    }

    Optional<LiveToken> findLive(String hash, LocalDateTime now) {
        return handle.createQuery("SELECT t.role, t.subject_id AS id, t.idle_seconds FROM auth_token t "
                        + "WHERE t.token_hash = :hash AND " + LIVE)
                .bind("hash", hash)
                .bind("now", now)
                .map(LIVE_TOKEN)
                .findOne();
    }

    int revoke(String hash, LocalDateTime now) {
        return handle.createUpdate(
                        "UPDATE auth_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash)
                .bind("now", now)
                .execute();
    }

    Set<String> liveAmong(Collection<String> hashes, LocalDateTime now) {
        return handle.createQuery("SELECT t.token_hash FROM auth_token t WHERE t.token_hash IN (<hashes>) AND " + LIVE)
                .bindList("hashes", hashes)
                .bind("now", now)
                .mapTo(String.class)
                .collect(Collectors.toCollection(HashSet::new));
    }

    int revokeSubjectBut(Role role, long subjectId, String keepHash, LocalDateTime now) {
        return handle.createUpdate("UPDATE auth_token SET revoked_at = :now WHERE role = :role "
                        + "AND subject_id = :subjectId AND token_hash <> :keep AND revoked_at IS NULL "
                        + "AND expires_at > :now")
                .bind("role", role.name())
                .bind("subjectId", subjectId)
                .bind("keep", keepHash)
                .bind("now", now)
                .execute();
    }

    int revokeSubject(Role role, long subjectId, LocalDateTime now) {
        return handle.createUpdate("UPDATE auth_token SET revoked_at = :now WHERE role = :role "
                        + "AND subject_id = :subjectId AND revoked_at IS NULL AND expires_at > :now")
                .bind("role", role.name())
                .bind("subjectId", subjectId)
                .bind("now", now)
                .execute();
    }

    /** Expired or revoked a while ago: nothing will ever accept them again. */
    int deleteDeadBefore(LocalDateTime before, int limit) {
        return handle.createUpdate(
                        "DELETE FROM auth_token WHERE expires_at < :before OR revoked_at < :before " + "LIMIT :limit")
                .bind("before", before)
                .bind("limit", limit)
                .execute();
    }

    /**
     * Slides the live sliding tokens among these to now + their idle time, never past their cap. Only tokens that
     * have used up a tenth of their idle time (at most a minute) are written, so a busy console is not a write per
     * request.
     */
    int renew(Collection<String> hashes, LocalDateTime now) {
        return handle.createUpdate("UPDATE auth_token SET expires_at = LEAST(DATE_ADD(:now, INTERVAL idle_seconds "
                        + "SECOND), max_expires_at) WHERE token_hash IN (<hashes>) AND idle_seconds IS NOT NULL "
                        + "AND revoked_at IS NULL AND expires_at > :now AND expires_at < LEAST(max_expires_at, "
                        + "DATE_ADD(:now, INTERVAL idle_seconds - LEAST(idle_seconds DIV 10, 60) SECOND))")
                .bindList("hashes", hashes)
                .bind("now", now)
                .execute();
    }
}

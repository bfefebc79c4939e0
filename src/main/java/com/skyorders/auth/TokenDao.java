package com.skyorders.auth;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(LiveToken.class)
public interface TokenDao {

    @SqlUpdate("INSERT INTO auth_token (token_hash, role, subject_id, created_at, expires_at, idle_seconds, "
            + "max_expires_at) VALUES (:hash, :role, :subjectId, :now, :expiresAt, :idleSeconds, :maxExpiresAt)")
    void insert(
            @Bind("hash") String hash,
            @Bind("role") Role role,
            @Bind("subjectId") long subjectId,
            @Bind("now") LocalDateTime now,
            @Bind("expiresAt") LocalDateTime expiresAt,
            @Bind("idleSeconds") Integer idleSeconds,
            @Bind("maxExpiresAt") LocalDateTime maxExpiresAt);

    /** A staff token also dies with its employee's lock (status 0), however the lock was set. */
    String LIVE = "t.revoked_at IS NULL AND t.expires_at > :now AND (t.role <> 'STAFF' OR EXISTS "
            + "(SELECT 1 FROM employee e WHERE e.id = t.subject_id AND e.status = 1))";

    @SqlQuery("SELECT t.role, t.subject_id AS id, t.idle_seconds FROM auth_token t WHERE t.token_hash = :hash AND "
            + LIVE)
    Optional<LiveToken> findLive(@Bind("hash") String hash, @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE auth_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
    int revoke(@Bind("hash") String hash, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT t.token_hash FROM auth_token t WHERE t.token_hash IN (<hashes>) AND " + LIVE)
    Set<String> liveAmong(@BindList("hashes") Collection<String> hashes, @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE auth_token SET revoked_at = :now WHERE role = :role AND subject_id = :subjectId "
            + "AND revoked_at IS NULL AND expires_at > :now")
    int revokeSubject(@Bind("role") Role role, @Bind("subjectId") long subjectId, @Bind("now") LocalDateTime now);

    /** Expired or revoked a while ago: nothing will ever accept them again. */
    @SqlUpdate("DELETE FROM auth_token WHERE expires_at < :before OR revoked_at < :before LIMIT :limit")
    int deleteDeadBefore(@Bind("before") LocalDateTime before, @Bind("limit") int limit);

    /**
     * Slides the live sliding tokens among these to now + their idle time, never past their cap. Only tokens that
     * have used up a tenth of their idle time (at most a minute) are written, so a busy console is not a write per
     * request.
     */
    @SqlUpdate("UPDATE auth_token SET expires_at = LEAST(DATE_ADD(:now, INTERVAL idle_seconds SECOND), max_expires_at) "
            + "WHERE token_hash IN (<hashes>) AND idle_seconds IS NOT NULL AND revoked_at IS NULL "
            + "AND expires_at > :now AND expires_at < LEAST(max_expires_at, "
            + "DATE_ADD(:now, INTERVAL idle_seconds - LEAST(idle_seconds DIV 10, 60) SECOND))")
    int renew(@BindList("hashes") Collection<String> hashes, @Bind("now") LocalDateTime now);
}

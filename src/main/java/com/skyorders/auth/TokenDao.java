package com.skyorders.auth;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Principal.class)
public interface TokenDao {

    @SqlUpdate("INSERT INTO auth_token (token_hash, role, subject_id, created_at, expires_at) "
            + "VALUES (:hash, :role, :subjectId, :now, :expiresAt)")
    void insert(@Bind("hash") String hash, @Bind("role") Role role, @Bind("subjectId") long subjectId,
                @Bind("now") LocalDateTime now, @Bind("expiresAt") LocalDateTime expiresAt);

    @SqlQuery("SELECT role, subject_id AS id FROM auth_token "
            + "WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now")
    Optional<Principal> findLive(@Bind("hash") String hash, @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE auth_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
    int revoke(@Bind("hash") String hash, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT token_hash FROM auth_token WHERE token_hash IN (<hashes>) AND revoked_at IS NULL "
            + "AND expires_at > :now")
    java.util.Set<String> liveAmong(@org.jdbi.v3.sqlobject.customizer.BindList("hashes") java.util.Collection<String> hashes,
                                    @Bind("now") LocalDateTime now);

}

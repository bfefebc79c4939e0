package com.skyorders.user;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(User.class)
public interface UserDao {

    /** Registers the openid unless it exists; safe when two first logins race (unique openid). */
    @SqlUpdate("INSERT IGNORE INTO user (openid, create_time) VALUES (:openid, :now)")
    void insertIfAbsent(@Bind("openid") String openid, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT id, openid, name, phone FROM user WHERE openid = :openid")
    Optional<User> findByOpenid(@Bind("openid") String openid);

    /** Takes the customer's row lock: serialises one customer's cart changes against their order submission. */
    @SqlQuery("SELECT id FROM user WHERE id = :id FOR UPDATE")
    Optional<Long> lock(@Bind("id") long id);

    /** {@link #lock} that also reads the customer, for a caller that needs both (one round trip, not two). */
    @SqlQuery("SELECT id, openid, name, phone FROM user WHERE id = :id FOR UPDATE")
    Optional<User> lockAndFind(@Bind("id") long id);
}

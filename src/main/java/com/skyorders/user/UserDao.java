package com.skyorders.user;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Customers, on one handle (a plain class on the order path: see docs/ARCHITECTURE.md, "Data access"). */
public final class UserDao {

    private static final RowMapper<User> USER = (rs, ctx) ->
            new User(rs.getLong("id"), rs.getString("openid"), rs.getString("name"), rs.getString("phone"));

    private final Handle handle;

    public UserDao(Handle handle) {
        this.handle = handle;
    }

    /** Registers the openid unless it exists; safe when two first logins race (unique openid). */
    void insertIfAbsent(String openid, LocalDateTime now) {
        handle.createUpdate("INSERT IGNORE INTO user (openid, create_time) VALUES (:openid, :now)")
                .bind("openid", openid)
                .bind("now", now)
                .execute();
    }

    Optional<User> findByOpenid(String openid) {
        return handle.createQuery("SELECT id, openid, name, phone FROM user WHERE openid = :openid")
                .bind("openid", openid)
                .map(USER)
                .findOne();
    }

    /** The openid the customer logged in with: the payer of their WeChat payments. */
    public Optional<String> openidOf(long id) {
        return handle.createQuery("SELECT openid FROM user WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    /** Takes the customer's row lock: serialises one customer's cart changes against their order submission. */
    public Optional<Long> lock(long id) {
        return handle.createQuery("SELECT id FROM user WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne();
    }

    /** {@link #lock} that also reads the customer, for a caller that needs both (one round trip, not two). */
    public Optional<User> lockAndFind(long id) {
        return handle.createQuery("SELECT id, openid, name, phone FROM user WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(USER)
                .findOne();
    }
}

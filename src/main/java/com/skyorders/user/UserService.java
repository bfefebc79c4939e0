package com.skyorders.user;

import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;

/** Customer login: the identity provider vouches for an openid; a new openid registers a new customer. */
public final class UserService {

    private final Jdbi jdbi;
    private final IdentityProvider identities;
    private final TokenService tokens;
    private final Clock clock;

    public UserService(Jdbi jdbi, IdentityProvider identities, TokenService tokens, Clock clock) {
        this.jdbi = jdbi;
        this.identities = identities;
        this.tokens = tokens;
        this.clock = clock;
    }

    public CustomerLogin login(String code) {
        String openid = identities.openidFor(code);
        User user = jdbi.withHandle(handle -> {
            UserDao users = new UserDao(handle);
            users.insertIfAbsent(openid, LocalDateTime.now(clock));
            return users.findByOpenid(openid).orElseThrow();
        });
        return new CustomerLogin(user.id(), user.openid(), tokens.issue(Role.CUSTOMER, user.id()));
    }
}

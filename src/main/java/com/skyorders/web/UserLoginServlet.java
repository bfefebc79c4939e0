package com.skyorders.web;

import com.skyorders.auth.TokenService;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.user.UserService;

/** /user/user/login {code} → {id, openid, token}; /user/user/logout revokes the caller's token. */
public final class UserLoginServlet extends ApiServlet {

    private record LoginBody(String code) {}

    public UserLoginServlet(UserService users, TokenService tokens, JsonResponses json) {
        super(json);
        post(
                "/user/user/login",
                request -> users.login(request.body(LoginBody.class).code()));
        post("/user/user/logout", request -> {
            tokens.revoke(request.http().getHeader("authentication"));
            return null;
        });
    }
}

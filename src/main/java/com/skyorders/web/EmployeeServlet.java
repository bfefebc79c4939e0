package com.skyorders.web;

import com.skyorders.auth.TokenService;
import com.skyorders.employee.EmployeeService;
import com.skyorders.employee.StaffLogin;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import com.skyorders.error.AppException;

/** /admin/employee/login {username,password} → {id,userName,name,token}; /admin/employee/logout. */
public final class EmployeeServlet extends ApiServlet {

    private record Credentials(String username, String password) {
        void validate() {
            if (username == null || username.isBlank() || username.length() > 32) {
                throw AppException.invalid("username", "不能为空且不能超过32个字符");
            }
            if (password == null || password.isEmpty() || password.length() > 128) {
                throw AppException.invalid("password", "不能为空且不能超过128个字符");
            }
        }
    }

    /**
     * The token also travels as an HttpOnly, SameSite=Strict cookie: the stock admin opens its alert socket with
     * no token, and the browser sends this cookie with the handshake.
     */
    private static void tokenCookie(ApiRequest request, String value, long maxAgeSeconds) {
        Cookie cookie = new Cookie("token", value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.http().isSecure());
        cookie.setMaxAge((int) maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        request.response().addCookie(cookie);
    }

    public EmployeeServlet(EmployeeService employees, TokenService tokens, Duration tokenTtl, JsonResponses json) {
        super(json);
        post("/admin/employee/login", request -> {
            Credentials credentials = request.body(Credentials.class);
            credentials.validate();
            StaffLogin login = employees.login(credentials.username().trim(), credentials.password());
            tokenCookie(request, login.token(), tokenTtl.toSeconds());
            return login;
        });
        post("/admin/employee/logout", request -> {
            tokens.revoke(request.http().getHeader("token"));
            tokenCookie(request, "", 0);
            return null;
        });
    }
}

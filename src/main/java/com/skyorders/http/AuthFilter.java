package com.skyorders.http;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Guards /user/** with the customer header {@code authentication} and /admin/** with the staff header
 * {@code token}, sky-take-out's two headers. Only the two logins and the shop's open/closed state pass without one.
 */
public final class AuthFilter extends HttpFilter {

    private static final Set<String> PUBLIC = Set.of("/user/user/login", "/admin/employee/login", "/user/shop/status");

    private final TokenService tokens;
    private final JsonResponses json;

    public AuthFilter(TokenService tokens, JsonResponses json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPath.of(request);
        if (PUBLIC.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        Role role = path.startsWith("/admin/") ? Role.STAFF : Role.CUSTOMER;
        String token = request.getHeader(role == Role.STAFF ? "token" : "authentication");
        Optional<Principal> principal = tokens.authenticate(token, role);
        if (principal.isEmpty()) {
            json.write(response, HttpServletResponse.SC_UNAUTHORIZED, Result.error(ErrorMessages.forStatus(401)));
            return;
        }
        request.setAttribute(Principal.REQUEST_ATTRIBUTE, principal.get());
        chain.doFilter(request, response);
    }
}

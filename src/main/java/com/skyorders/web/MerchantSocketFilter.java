package com.skyorders.web;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.notify.StaffSocketPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates the merchant socket's handshake before Tomcat upgrades it. Accepted: the console's HTTP session,
 * a staff token in the {@code token} query parameter or header, or the {@code token} cookie the staff login sets
 * (so the stock admin, which opens its socket with no token, works unchanged). Anyone else gets 401 (a customer
 * token 403) and no upgrade.
 */
public final class MerchantSocketFilter extends HttpFilter {

    public static final String SESSION_PRINCIPAL = "sky.staff";

    private final TokenService tokens;
    private final JsonResponses json;

    public MerchantSocketFilter(TokenService tokens, JsonResponses json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Ambient credentials (session, cookie) count only from our own pages: another site's script could open a
        // socket with them (cross-site WebSocket hijacking). An explicit token proves itself.
        boolean sameOrigin = sameOrigin(request);
        Optional<StaffSocketPrincipal> principal = (sameOrigin ? fromSession(request) : Optional.<StaffSocketPrincipal>empty())
                .or(() -> fromToken(request, sameOrigin));
        if (principal.isEmpty()) {
            boolean customer = candidates(request, true).anyMatch(t -> tokens.authenticate(t, Role.CUSTOMER).isPresent());
            int status = customer ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED;
            json.write(response, status, Result.error(ErrorMessages.forStatus(status)));
            return;
        }
        StaffSocketPrincipal staff = principal.get();
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public java.security.Principal getUserPrincipal() {
                return staff;
            }
        }, response);
    }

    private static Optional<StaffSocketPrincipal> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(SESSION_PRINCIPAL) instanceof Principal p && p.role() == Role.STAFF
                    ? Optional.of(new StaffSocketPrincipal(p.id(), null, session.getId())) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private Optional<StaffSocketPrincipal> fromToken(HttpServletRequest request, boolean withCookie) {
        return candidates(request, withCookie).map(token -> tokens.authenticate(token, Role.STAFF)
                        .map(p -> new StaffSocketPrincipal(p.id(), TokenService.hash(token.trim()), null)))
                .flatMap(Optional::stream).findFirst();
    }

    /** No Origin (not a browser) or an Origin naming this very host. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            java.net.URI uri = java.net.URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static java.util.stream.Stream<String> candidates(HttpServletRequest request, boolean withCookie) {
        java.util.stream.Stream.Builder<String> found = java.util.stream.Stream.builder();
        if (request.getParameter("token") != null) {
            found.add(request.getParameter("token"));
        }
        if (request.getHeader("token") != null) {
            found.add(request.getHeader("token"));
        }
        Cookie[] cookies = withCookie ? request.getCookies() : null;
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("token".equals(cookie.getName())) {
                    found.add(cookie.getValue());
                }
            }
        }
        return found.build();
    }
}

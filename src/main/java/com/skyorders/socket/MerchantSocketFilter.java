package com.skyorders.socket;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.http.ErrorMessages;
import com.skyorders.http.JsonResponses;
import com.skyorders.http.RequestCookies;
import com.skyorders.http.Result;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates the merchant socket's handshake before Tomcat upgrades it. One credential is looked up, the first
 * present of: the {@code token} query parameter or header (explicit: good from any origin), then the console's
 * sign-in cookie or the {@code token} cookie the stock admin's own script writes (ambient: only from an origin the
 * {@link SocketOriginPolicy} permits, else 403). No credential, or a dead one: 401; a customer's: 403.
 */
public final class MerchantSocketFilter extends HttpFilter {

    private static final String STOCK_ADMIN_COOKIE = "token";

    private final TokenService tokens;
    private final SocketOriginPolicy origins;
    private final JsonResponses json;

    public MerchantSocketFilter(TokenService tokens, SocketOriginPolicy origins, JsonResponses json) {
        this.tokens = tokens;
        this.origins = origins;
        this.json = json;
    }

    private record Credential(String token, boolean ambient) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Credential> credential = credential(request);
        if (credential.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (credential.get().ambient() && !origins.permitsAmbientCredentials(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String token = credential.get().token().trim();
        Optional<Principal> principal = tokens.lookup(token);
        if (principal.isEmpty() || principal.get().role() != Role.STAFF) {
            refuse(
                    response,
                    principal.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StaffSocketPrincipal staff = new StaffSocketPrincipal(principal.get().id(), TokenService.hash(token));
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public java.security.Principal getUserPrincipal() {
                        return staff;
                    }
                },
                response);
    }

    private static Optional<Credential> credential(HttpServletRequest request) {
        String explicit = request.getParameter("token");
        if (explicit == null) {
            explicit = request.getHeader("token");
        }
        if (explicit != null) {
            return Optional.of(new Credential(explicit, false));
        }
        return RequestCookies.first(request, RequestCookies.CONSOLE_SIGN_IN)
                .or(() -> RequestCookies.first(request, STOCK_ADMIN_COOKIE))
                .map(value -> new Credential(value, true));
    }

    private void refuse(HttpServletResponse response, int status) throws IOException {
        json.write(response, status, Result.error(ErrorMessages.forStatus(status)));
    }
}

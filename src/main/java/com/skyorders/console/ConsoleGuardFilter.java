package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.http.ErrorMessages;
import com.skyorders.http.JsonResponses;
import com.skyorders.http.RequestPath;
import com.skyorders.http.Result;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Guards /console/**: every page needs a signed-in member of staff (else the login page, or 401 for the console's
 * JSON), and every state-changing request must carry the CSRF token its page was given, as the {@code X-CSRF-Token}
 * header (fetch) or the {@code _csrf} form field (else 403). Also sets a strict Content-Security-Policy: the
 * console's scripts are our own files, nothing inline, nothing from elsewhere.
 */
public final class ConsoleGuardFilter extends HttpFilter {

    static final String LOGIN = "/console/login";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final ConsoleSession sessions;
    private final JsonResponses json;

    public ConsoleGuardFilter(ConsoleSession sessions, JsonResponses json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-store");
        String path = RequestPath.of(request);
        boolean api = path.startsWith("/console/api/");
        boolean login = path.equals(LOGIN);
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!safe && !sessions.csrfValid(request, login)) {
            if (login) {
                // A login form left open past its token's hour: back to a fresh form, saying why, not a bare 403.
                response.sendRedirect(request.getContextPath() + LOGIN + "?expired=1");
                return;
            }
            refuse(response, api, HttpServletResponse.SC_FORBIDDEN, "请求已过期，请刷新页面后重试 (CSRF)");
            return;
        }
        Optional<Principal> staff = sessions.staff(request);
        if (!login && staff.isEmpty()) {
            if (api) {
                refuse(response, true, HttpServletResponse.SC_UNAUTHORIZED, ErrorMessages.forStatus(401));
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN);
            }
            return;
        }
        staff.ifPresent(p -> request.setAttribute(Principal.REQUEST_ATTRIBUTE, p));
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, boolean api, int status, String message) throws IOException {
        if (api) {
            json.write(response, status, Result.error(message));
        } else {
            response.sendError(status);
        }
    }
}

package com.skyorders.console;

import com.skyorders.web.ErrorMessages;
import com.skyorders.web.JsonResponses;
import com.skyorders.web.RequestPath;
import com.skyorders.web.Result;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards /console/**: every page needs a signed-in staff session (else the login page, or 401 for the console's
 * JSON), and every state-changing request must carry the session's CSRF token, as the {@code X-CSRF-Token} header
 * (fetch) or the {@code _csrf} form field (else 403). Also sets a strict Content-Security-Policy: the console's
 * scripts are our own files, nothing inline, nothing from elsewhere.
 */
public final class ConsoleGuardFilter extends HttpFilter {

    private static final String LOGIN = "/console/login";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final JsonResponses json;

    public ConsoleGuardFilter(JsonResponses json) {
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-store");
        String path = RequestPath.of(request);
        boolean api = path.startsWith("/console/api/");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && !csrfValid(request)) {
            refuse(response, api, HttpServletResponse.SC_FORBIDDEN, "请求已过期，请刷新页面后重试 (CSRF)");
            return;
        }
        if (!path.equals(LOGIN) && ConsoleSession.staff(request).isEmpty()) {
            if (api) {
                refuse(response, true, HttpServletResponse.SC_UNAUTHORIZED, ErrorMessages.forStatus(401));
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean csrfValid(HttpServletRequest request) {
        var session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ConsoleSession.CSRF);
        String sent = request.getHeader("X-CSRF-Token");
        if (sent == null) {
            sent = request.getParameter("_csrf");
        }
        return expected instanceof String token && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpServletResponse response, boolean api, int status, String message) throws IOException {
        if (api) {
            json.write(response, status, Result.error(message));
        } else {
            response.sendError(status);
        }
    }
}

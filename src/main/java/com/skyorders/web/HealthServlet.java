package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.health.Health;
import com.skyorders.health.HealthService;
import com.skyorders.http.JsonResponses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * GET /health: 200 with UP, or 503 with DOWN when the database cannot be reached or the alert relay does not run.
 * Plain JSON, for probes. Anyone sees the status and the version; the parts and the node's name only a member of
 * staff (their {@code token}) or a monitor with the configured {@code X-Monitor-Token}.
 */
public final class HealthServlet extends HttpServlet {

    private final HealthService health;
    private final TokenService tokens;
    private final byte[] monitorToken;
    private final JsonResponses json;

    public HealthServlet(HealthService health, TokenService tokens, String monitorToken, JsonResponses json) {
        this.health = health;
        this.tokens = tokens;
        this.monitorToken = monitorToken.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Health current = health.check();
        json.write(response, current.up() ? 200 : 503, maySeeDetails(request) ? current : current.summary());
    }

    private boolean maySeeDetails(HttpServletRequest request) {
        String monitor = request.getHeader("X-Monitor-Token");
        if (monitor != null && monitorToken.length > 0) {
            return MessageDigest.isEqual(monitorToken, monitor.getBytes(StandardCharsets.UTF_8));
        }
        String staff = request.getHeader("token");
        return staff != null && tokens.authenticate(staff, Role.STAFF).isPresent();
    }
}

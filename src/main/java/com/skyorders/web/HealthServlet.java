package com.skyorders.web;

import com.skyorders.health.Health;
import com.skyorders.health.HealthService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /health: 200 with UP, or 503 with DOWN when the database cannot be reached. Plain JSON, for probes. */
public final class HealthServlet extends HttpServlet {

    private final HealthService health;
    private final JsonResponses json;

    public HealthServlet(HealthService health, JsonResponses json) {
        this.health = health;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Health current = health.check();
        json.write(response, current.up() ? 200 : 503, current);
    }
}

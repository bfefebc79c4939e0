package com.skyorders.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The first filter on every request: when the database is unreachable, wherever that surfaces (the auth filters'
 * token lookup, the socket handshake, a servlet, the console), the client gets 503 with {@code Retry-After} in the
 * envelope, and the log one line per cause. An outage is not our bug, so no incident and no stack trace.
 */
public final class OutageFilter extends HttpFilter {

    /** Short: the same answer also covers a pool exhausted by a burst, which clears in moments. */
    static final String RETRY_AFTER_SECONDS = "3";

    private final DatabaseOutage outages;
    private final JsonResponses json;

    public OutageFilter(DatabaseOutage outages, JsonResponses json) {
        this.outages = outages;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            Optional<DatabaseOutage.Cause> cause = DatabaseOutage.cause(e);
            if (cause.isEmpty() || response.isCommitted()) {
                throw e;
            }
            outages.report(cause.get());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            json.write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    Result.error(ErrorMessages.forStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE)));
        }
    }
}

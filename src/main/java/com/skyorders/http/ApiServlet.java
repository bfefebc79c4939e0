package com.skyorders.http;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base of every JSON servlet: routes a request to its handler (templates are full paths, e.g.
 * {@code /user/order/orderDetail/{id}}, so a route reads like the API it serves), wraps the result in the envelope, and maps refusals
 * to their status in this one place (RefusalStatus: the tutorial's 200 + code 0 on /admin/**). A database outage propagates to the OutageFilter (503); anything else is our
 * bug: it propagates to the container's error page (ErrorServlet), which logs it once with an incident id.
 */
public abstract class ApiServlet extends HttpServlet {

    private final JsonResponses json;
    private final Role requiredRole;
    private final List<Route> routes = new ArrayList<>();

    /** A public servlet: logins, callbacks. */
    protected ApiServlet(JsonResponses json) {
        this(json, null);
    }

    /** A servlet only {@code requiredRole} may use, checked here again whatever the filters did. */
    protected ApiServlet(JsonResponses json, Role requiredRole) {
        this.json = json;
        this.requiredRole = requiredRole;
    }

    protected final void get(String template, RouteHandler handler) {
        routes.add(Route.of("GET", template, handler));
    }

    protected final void post(String template, RouteHandler handler) {
        routes.add(Route.of("POST", template, handler));
    }

    protected final void put(String template, RouteHandler handler) {
        routes.add(Route.of("PUT", template, handler));
    }

    protected final void delete(String template, RouteHandler handler) {
        routes.add(Route.of("DELETE", template, handler));
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (requiredRole != null
                && !(request.getAttribute(Principal.REQUEST_ATTRIBUTE) instanceof Principal p
                        && p.role() == requiredRole)) {
            json.write(response, HttpServletResponse.SC_UNAUTHORIZED, Result.error(ErrorMessages.forStatus(401)));
            return;
        }
        List<String> path = Route.split(RequestPath.of(request));
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(path);
            if (variables.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(request.getMethod())) {
                respond(route, new ApiRequest(request, response, variables.get(), json.gson()), response);
                return;
            }
        }
        int status = pathKnown ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_NOT_FOUND;
        json.write(response, status, Result.error(ErrorMessages.forStatus(status)));
    }

    private void respond(Route route, ApiRequest request, HttpServletResponse response) throws IOException {
        try {
            json.write(response, 200, Result.success(route.handler().handle(request)));
        } catch (AppException e) {
            json.write(response, RefusalStatus.of(e.problem(), request.http()), Result.error(e.getMessage()));
        }
    }

    /** The real HTTP status of a refusal (what {@link RefusalStatus} answers when a client asks for real statuses). */
    public static int status(Problem problem) {
        return RefusalStatus.http(problem);
    }
}

package com.skyorders.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container's error page (web.xml sends every status and exception here): whatever went wrong, the client
 * gets the Result envelope, never Tomcat's HTML page or a stack trace. An uncaught exception is logged once with
 * an incident id, and only that id goes back.
 */
public final class ErrorServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(ErrorServlet.class);

    private final JsonResponses json;

    public ErrorServlet(JsonResponses json) {
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        String message;
        if (error != null || status >= 500) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            if (error != null) {
                log.error(
                        "Incident {}: {} {} failed",
                        incident,
                        request.getMethod(),
                        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        error);
                status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            }
            message = ErrorMessages.forStatus(status) + "，事件编号 " + incident;
        } else {
            message = ErrorMessages.forStatus(status);
        }
        json.write(response, status, Result.error(message));
    }
}

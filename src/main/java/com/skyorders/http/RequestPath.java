package com.skyorders.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request addresses inside the webapp, as the container normalised it (decoded, no path parameters, no
 * doubled slashes) — never the raw URI, which "//admin" or "/admin;x" would let slip past a prefix check.
 */
public final class RequestPath {

    private RequestPath() {}

    public static String of(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}

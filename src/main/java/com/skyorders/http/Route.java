package com.skyorders.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One endpoint of a servlet: a method, a path template such as {@code /orderDetail/{id}}, and its handler. */
record Route(String method, List<String> segments, RouteHandler handler) {

    static Route of(String method, String template, RouteHandler handler) {
        return new Route(method, split(template), handler);
    }

    /** The template's variables bound to {@code path}'s segments, or empty when the path does not fit. */
    Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                variables.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    static List<String> split(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return List.of();
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return List.of(trimmed.split("/", -1));
    }
}

package com.skyorders.http;

import com.skyorders.error.Problem;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP status a refusal travels with, decided here once for every JSON servlet.
 *
 * <p>The tutorial's compiled admin shows a refusal's {@code msg} only on HTTP 2xx (its axios rejects anything else,
 * and the views then say {@code 请求出错了：Request failed with status code 409}), and it sends every 401 to its login
 * page. So on {@code /admin/**} a business refusal — bad input, not allowed, not found, a conflict, too many tries, a
 * wrong password — answers 200 with {@code code} 0, as the tutorial does. Transport refusals (413, 415) keep their
 * status: the admin's upload component shows its own failure toast only for a non-2xx answer and would otherwise
 * store the string {@code "null"} as the image. A missing or dead credential is answered by the filters with 401.
 *
 * <p>A client that wants real statuses sends {@code X-Sky-Status: http}. The mini-program ignores HTTP statuses, so
 * {@code /user/**} and our console keep real ones.
 */
public final class RefusalStatus {

    /** Request header: {@code http} asks for the real HTTP status of a refusal on /admin/**. */
    public static final String HEADER = "X-Sky-Status";

    private RefusalStatus() {}

    static int of(Problem problem, HttpServletRequest request) {
        if (RequestPath.of(request).startsWith("/admin/")
                && !"http".equalsIgnoreCase(request.getHeader(HEADER))
                && shownByTheAdmin(problem)) {
            return 200;
        }
        return http(problem);
    }

    private static boolean shownByTheAdmin(Problem problem) {
        return switch (problem) {
            case INVALID_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, WRONG_CREDENTIALS -> true;
            case UNAUTHENTICATED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE -> false;
        };
    }

    static int http(Problem problem) {
        return switch (problem) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED, WRONG_CREDENTIALS -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case TOO_MANY_REQUESTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}

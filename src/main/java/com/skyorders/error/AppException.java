package com.skyorders.error;

/**
 * A refusal the client can act on: its message is shown to them as is (Chinese first, like the tutorial's), and
 * its {@link Problem} decides the HTTP status. Anything else that escapes a service is our bug.
 */
public class AppException extends RuntimeException {

    private final Problem problem;

    public AppException(Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static AppException invalid(String field, String rule) {
        return new AppException(Problem.INVALID_INPUT, field + rule);
    }

    public static AppException notFound(String message) {
        return new AppException(Problem.NOT_FOUND, message);
    }

    public static AppException conflict(String message) {
        return new AppException(Problem.CONFLICT, message);
    }
}

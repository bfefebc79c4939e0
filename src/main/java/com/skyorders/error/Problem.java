package com.skyorders.error;

/** What kind of refusal an {@link AppException} is; the web edge turns each into its HTTP status. */
public enum Problem {
    INVALID_INPUT,
    UNAUTHENTICATED,
    /** A login's username or password is wrong: 401 for API clients, but not a dead credential. */
    WRONG_CREDENTIALS,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    TOO_MANY_REQUESTS,
    /** A provider we depend on (WeChat) cannot answer now: the client may try again later. */
    UNAVAILABLE
}

package com.skyorders.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The first non-blank cookie of a name, at most 128 characters (no token of ours is longer): one credential per
 * request, however many cookies a client sends.
 */
public final class RequestCookies {

    /** The console's sign-in cookie: the console edge writes it, the merchant socket's handshake reads it. */
    public static final String CONSOLE_SIGN_IN = "sky_console";

    private RequestCookies() {}

    public static Optional<String> first(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                String value = cookie.getValue();
                if (name.equals(cookie.getName()) && value != null && !value.isBlank() && value.length() <= 128) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}

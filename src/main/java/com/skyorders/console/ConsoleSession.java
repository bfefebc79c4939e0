package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.web.MerchantSocketFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * What the console keeps in the HTTP session: the signed-in staff member (the same attribute the merchant socket's
 * handshake accepts), the CSRF token, and the chosen language.
 */
public final class ConsoleSession {

    static final String CSRF = "sky.console.csrf";
    static final String LANGUAGE = "sky.console.lang";
    static final String NAME = "sky.console.name";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleSession() {
    }

    static Optional<Principal> staff(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(MerchantSocketFilter.SESSION_PRINCIPAL) instanceof Principal p
                    && p.role() == Role.STAFF ? Optional.of(p) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Signs in: a fresh session id (no fixation), the principal, a fresh CSRF token. */
    static void signIn(HttpServletRequest request, long employeeId, String name) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(MerchantSocketFilter.SESSION_PRINCIPAL, new Principal(Role.STAFF, employeeId));
        session.setAttribute(NAME, name);
        session.setAttribute(CSRF, newToken());
    }

    /** The session's CSRF token, created with the session if need be (the login form carries one too). */
    static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(CSRF);
        if (token instanceof String existing) {
            return existing;
        }
        String created = newToken();
        session.setAttribute(CSRF, created);
        return created;
    }

    /** zh-CN unless the user chose English, or the browser prefers it and the user chose nothing. */
    static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        HttpSession session = request.getSession(false);
        if (lang != null && (lang.equals("en") || lang.equals("zh"))) {
            request.getSession(true).setAttribute(LANGUAGE, lang);
        } else if (session != null && session.getAttribute(LANGUAGE) instanceof String chosen) {
            lang = chosen;
        } else {
            lang = request.getLocale() != null && request.getLocale().getLanguage().equals("en") ? "en" : "zh";
        }
        return lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

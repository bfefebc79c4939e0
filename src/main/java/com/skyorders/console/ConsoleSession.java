package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.auth.TokenService;
import com.skyorders.http.RequestCookies;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's sign-in, with no server-side session, so every node accepts it and none needs stickiness: a
 * DB-backed sliding token ({@link TokenService#issueConsole}) in an HttpOnly cookie of our own name. CSRF tokens are
 * derived from that cookie (a script on another site can neither read it nor compute them); the login form, which
 * has no sign-in yet, uses a double-submit cookie instead. The chosen language is a cookie too.
 */
public final class ConsoleSession {

    static final String SIGN_IN_COOKIE = RequestCookies.CONSOLE_SIGN_IN;
    private static final String LOGIN_CSRF_COOKIE = "sky_login_csrf";
    private static final String LANGUAGE_COOKIE = "sky_lang";
    private static final String CHECKED = ConsoleSession.class.getName() + ".staff";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenService tokens;
    private final int signInCookieSeconds;

    /** {@code maxAge}: the sign-in cookie outlives a browser restart for as long as the sign-in itself may live. */
    public ConsoleSession(TokenService tokens, Duration maxAge) {
        this.tokens = tokens;
        this.signInCookieSeconds = (int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds());
    }

    /** The signed-in member of staff, looked up once per request. */
    Optional<Principal> staff(HttpServletRequest request) {
        if (request.getAttribute(CHECKED) instanceof Optional<?> checked) {
            return checked.map(Principal.class::cast);
        }
        Optional<Principal> staff =
                RequestCookies.first(request, SIGN_IN_COOKIE).flatMap(t -> tokens.authenticate(t, Role.STAFF));
        request.setAttribute(CHECKED, staff);
        return staff;
    }

    void signIn(HttpServletRequest request, HttpServletResponse response, long employeeId) {
        String token = tokens.issueConsole(employeeId);
        addCookie(request, response, SIGN_IN_COOKIE, token, "/", signInCookieSeconds, "Lax");
        addCookie(request, response, LOGIN_CSRF_COOKIE, "", "/console/login", 0, "Strict");
    }

    /** This request's console sign-in token (the guard filter has checked it), or null. */
    String signInToken(HttpServletRequest request) {
        return RequestCookies.first(request, SIGN_IN_COOKIE).orElse(null);
    }

    /** Revokes the sign-in everywhere and forgets the cookie; returns the token's hash to close its sockets. */
    Optional<String> signOut(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> token = RequestCookies.first(request, SIGN_IN_COOKIE);
        token.ifPresent(tokens::revoke);
        addCookie(request, response, SIGN_IN_COOKIE, "", "/", 0, "Lax");
        return token.map(t -> TokenService.hash(t.trim()));
    }

    /**
     * The CSRF token pages embed: derived from the sign-in, or for the login form the double-submit cookie's
     * value (set now if the browser has none).
     */
    String csrfToken(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> signIn = staff(request).flatMap(p -> RequestCookies.first(request, SIGN_IN_COOKIE));
        if (signIn.isPresent()) {
            return derived(signIn.get());
        }
        return RequestCookies.first(request, LOGIN_CSRF_COOKIE)
                .filter(v -> v.length() == 32)
                .orElseGet(() -> {
                    String fresh = random();
                    addCookie(request, response, LOGIN_CSRF_COOKIE, fresh, "/console/login", 3600, "Strict");
                    return fresh;
                });
    }

    /** Whether a state-changing request carries the token its page was given (header for fetch, else form field). */
    boolean csrfValid(HttpServletRequest request, boolean loginForm) {
        String sent = request.getHeader("X-CSRF-Token");
        if (sent == null) {
            sent = request.getParameter("_csrf");
        }
        Optional<String> expected = loginForm
                ? RequestCookies.first(request, LOGIN_CSRF_COOKIE).filter(v -> v.length() == 32)
                : RequestCookies.first(request, SIGN_IN_COOKIE).map(ConsoleSession::derived);
        return sent != null
                && expected.isPresent()
                && MessageDigest.isEqual(
                        expected.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** zh-CN unless the user chose English (remembered a year), or the browser prefers it and the user chose nothing. */
    Locale locale(HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "zh".equals(lang)) {
            addCookie(request, response, LANGUAGE_COOKIE, lang, "/", 365 * 24 * 3600, "Lax");
        } else {
            // getLocale() falls back to the server's locale when the browser sends no Accept-Language: Chinese first.
            lang = RequestCookies.first(request, LANGUAGE_COOKIE)
                    .filter(v -> v.equals("en") || v.equals("zh"))
                    .orElseGet(() -> request.getHeader("Accept-Language") != null
                                    && request.getLocale().getLanguage().equals("en")
                            ? "en"
                            : "zh");
        }
        return lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String derived(String signInToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("sky-console-csrf:" + signInToken.trim()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Every console cookie is HttpOnly (no script of ours reads them) and Secure when we are reached over TLS. */
    private static void addCookie(
            HttpServletRequest request,
            HttpServletResponse response,
            String name,
            String value,
            String path,
            int maxAge,
            String sameSite) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", sameSite);
        response.addCookie(cookie);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package com.skyorders.http;

import com.skyorders.employee.LoginClient;
import com.skyorders.employee.LoginThrottle;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff-login device cookie, shared by the JSON login and the console's form: a browser that signed in as an
 * employee keeps its own allowance of failures for them (see LoginThrottle). Path "/" because the tutorial's nginx
 * serves our /admin/ as /api/; HttpOnly (no script reads it); SameSite=Lax; Secure over TLS.
 */
public final class DeviceCookie {

    static final String NAME = "sky_device";

    private DeviceCookie() {}

    /** Who is signing in: the client address and this browser's device cookie, if it sent one. */
    public static LoginClient client(HttpServletRequest request) {
        return LoginClient.of(request.getRemoteAddr(), RequestCookies.first(request, NAME));
    }

    /** Gives the browser its device cookie (again: each sign-in renews its lifetime). */
    public static void set(HttpServletRequest request, HttpServletResponse response, String device) {
        Cookie cookie = new Cookie(NAME, device);
        cookie.setPath(request.getContextPath() + "/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LoginThrottle.DEVICE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

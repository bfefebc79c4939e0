package com.skyorders.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The absolute base of image URLs, which the admin's browser and the phone load without a token: the configured
 * {@code sky.images.publicBaseUrl}, or else this request's own scheme, host and port (behind a proxy, what
 * RemoteIpValve took from X-Forwarded-Proto/-Host/-Port).
 */
public final class ImageUrls {

    private final String configured;

    public ImageUrls(String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    String base(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}

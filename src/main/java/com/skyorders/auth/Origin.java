package com.skyorders.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin (scheme, host, port), as a browser sends it in the {@code Origin} header: compared by value, with the
 * scheme's default port filled in, so {@code http://localhost} and {@code http://LOCALHOST:80} are the same origin.
 */
public record Origin(String scheme, String host, int port) {

    public Origin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (port <= 0) {
            port = "https".equals(scheme) ? 443 : 80;
        }
    }

    /** An {@code http(s)://host[:port]} origin, nothing more (no path, query or user); empty otherwise. */
    public static Optional<Origin> parse(String text) {
        if (text == null || text.length() > 255) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null
                    || !bare
                    || uri.getPort() > 65_535) {
                return Optional.empty();
            }
            return Optional.of(new Origin(scheme, uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}

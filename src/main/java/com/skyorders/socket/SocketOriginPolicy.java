package com.skyorders.socket;

import com.skyorders.auth.Origin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a merchant-socket handshake may use ambient credentials (the stock admin's {@code token} cookie, the
 * console's sign-in cookie). A browser attaches cookies to a socket opened by any site's script, so they count only
 * when the page's Origin is this host — as Tomcat sees it, which behind a proxy listed in RemoteIpValve's
 * internalProxies is the forwarded scheme/host/port — or one of {@code sky.ws.allowedOrigins} (a proxy that rewrites
 * Host, like the tutorial's nginx). A request without Origin comes from no web page: nobody's cookie is being ridden.
 */
public final class SocketOriginPolicy {

    private final Set<Origin> allowed;

    public SocketOriginPolicy(List<Origin> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    public boolean permitsAmbientCredentials(HttpServletRequest request) {
        String header = request.getHeader("Origin");
        if (header == null) {
            return true;
        }
        return permits(
                Origin.parse(header),
                new Origin(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    boolean permits(Optional<Origin> origin, Origin self) {
        return origin.isPresent() && (origin.get().equals(self) || allowed.contains(origin.get()));
    }
}

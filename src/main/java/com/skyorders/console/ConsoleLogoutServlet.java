package com.skyorders.console;

import com.skyorders.socket.MerchantHub;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * POST /console/logout: revokes the sign-in (every node stops accepting it) and closes its alert sockets on this
 * node at once; other nodes' relays close theirs at their next credential check.
 */
public final class ConsoleLogoutServlet extends HttpServlet {

    private final ConsoleSession sessions;
    private final MerchantHub hub;

    public ConsoleLogoutServlet(ConsoleSession sessions, MerchantHub hub) {
        this.sessions = sessions;
        this.hub = hub;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        sessions.signOut(request, response).ifPresent(hub::closeToken);
        response.sendRedirect(request.getContextPath() + ConsoleGuardFilter.LOGIN);
    }
}

package com.skyorders.console;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * POST /console/logout: revokes the sign-in (every node stops accepting it) and closes its alert sockets on this
 * node at once; other nodes' relays close theirs at their next credential check.
 */
public final class ConsoleLogoutServlet extends HttpServlet {

    private final ConsoleSession sessions;
    private final Consumer<String> signedOut;

    /** {@code signedOut} gets the hash of each ended sign-in: App hands it to this node's merchant sockets. */
    public ConsoleLogoutServlet(ConsoleSession sessions, Consumer<String> signedOut) {
        this.sessions = sessions;
        this.signedOut = signedOut;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        sessions.signOut(request, response).ifPresent(signedOut);
        response.sendRedirect(request.getContextPath() + ConsoleGuardFilter.LOGIN);
    }
}

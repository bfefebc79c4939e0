package com.skyorders.console;

import com.skyorders.notify.MerchantHub;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** POST /console/logout: ends the session and closes the alert sockets opened with it. */
public final class ConsoleLogoutServlet extends HttpServlet {

    private final MerchantHub hub;

    public ConsoleLogoutServlet(MerchantHub hub) {
        this.hub = hub;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            hub.closeHttpSession(session.getId());
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/console/login");
    }
}

package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.employee.StaffService;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * GET /console/password shows the form (with a notice when the sign-in used the default password); POST changes the
 * signed-in employee's password and ends their other sign-ins, this one kept.
 */
public final class ConsolePasswordServlet extends HttpServlet {

    private final StaffService staff;
    private final ConsoleSession sessions;
    private final Views views;

    public ConsolePasswordServlet(StaffService staff, ConsoleSession sessions, Views views) {
        this.staff = staff;
        this.sessions = sessions;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("initial", request.getParameter("initial") != null);
        views.render(request, response, "password", null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Principal employee = (Principal) request.getAttribute(Principal.REQUEST_ATTRIBUTE);
        String newPassword = request.getParameter("newPassword");
        if (!Objects.equals(newPassword, request.getParameter("confirmPassword"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            views.render(request, response, "password", views.text(request, response, "password.mismatch"));
            return;
        }
        try {
            staff.changePassword(
                    employee.id(), request.getParameter("oldPassword"), newPassword, sessions.signInToken(request));
            response.sendRedirect(request.getContextPath() + "/console?passwordChanged=1");
        } catch (AppException e) {
            response.setStatus(ApiServlet.status(e.problem()));
            views.render(request, response, "password", e.getMessage());
        }
    }
}

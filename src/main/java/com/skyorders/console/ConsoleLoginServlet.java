package com.skyorders.console;

import com.skyorders.employee.EmployeeService;
import com.skyorders.employee.StaffService;
import com.skyorders.employee.StaffSignIn;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.DeviceCookie;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /console/login shows the form (and why the user is here again, after a sign-out elsewhere or an expiry);
 * POST signs the member of staff in (same checks and throttling as the API).
 */
public final class ConsoleLoginServlet extends HttpServlet {

    private final EmployeeService employees;
    private final ConsoleSession sessions;
    private final Views views;

    public ConsoleLoginServlet(EmployeeService employees, ConsoleSession sessions, Views views) {
        this.employees = employees;
        this.sessions = sessions;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (sessions.staff(request).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/console");
            return;
        }
        request.setAttribute("signedOut", request.getParameter("signedOut") != null);
        request.setAttribute("expired", request.getParameter("expired") != null);
        views.render(request, response, "login", null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = trim(request.getParameter("username"));
        String password = request.getParameter("password");
        try {
            if (username.isEmpty()
                    || username.length() > 32
                    || password == null
                    || password.isEmpty()
                    || password.length() > 128) {
                throw new AppException(Problem.UNAUTHENTICATED, "账号或密码错误");
            }
            StaffSignIn signIn = employees.verify(username, password, DeviceCookie.client(request));
            DeviceCookie.set(request, response, signIn.device());
            sessions.signIn(request, response, signIn.employee().id());
            // Still on the tutorial's default password: asked to change it first (the form offers "later").
            boolean initial = password.equals(StaffService.DEFAULT_PASSWORD);
            response.sendRedirect(request.getContextPath() + (initial ? "/console/password?initial=1" : "/console"));
        } catch (AppException e) {
            response.setStatus(ApiServlet.status(e.problem()));
            request.setAttribute("username", username);
            views.render(request, response, "login", e.getMessage());
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}

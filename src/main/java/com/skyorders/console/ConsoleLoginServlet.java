package com.skyorders.console;

import com.skyorders.employee.Employee;
import com.skyorders.employee.EmployeeService;
import com.skyorders.error.AppException;
import com.skyorders.web.ApiServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /console/login shows the form; POST signs the staff member in (same checks and throttling as the API). */
public final class ConsoleLoginServlet extends HttpServlet {

    private final EmployeeService employees;

    public ConsoleLoginServlet(EmployeeService employees) {
        this.employees = employees;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ConsoleSession.staff(request).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/console");
            return;
        }
        Views.render(request, response, "login", null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = trim(request.getParameter("username"));
        String password = request.getParameter("password");
        try {
            if (username.isEmpty() || username.length() > 32 || password == null || password.isEmpty()
                    || password.length() > 128) {
                throw new AppException(com.skyorders.error.Problem.UNAUTHENTICATED, "账号或密码错误");
            }
            Employee employee = employees.verify(username, password);
            ConsoleSession.signIn(request, employee.id(), employee.name());
            response.sendRedirect(request.getContextPath() + "/console");
        } catch (AppException e) {
            response.setStatus(ApiServlet.status(e.problem()));
            request.setAttribute("username", username);
            Views.render(request, response, "login", e.getMessage());
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}

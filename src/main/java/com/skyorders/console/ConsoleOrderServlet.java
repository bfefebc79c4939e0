package com.skyorders.console;

import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.ReminderService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /console/orders/{id}: one order — items, amounts, address, remark, reminders and replies, and its actions. */
public final class ConsoleOrderServlet extends HttpServlet {

    private final OrderQueries queries;
    private final Views views;

    public ConsoleOrderServlet(OrderQueries queries, Views views) {
        this.queries = queries;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var order = queries.staffDetail(Long.parseLong(path.substring(1)));
            request.setAttribute("o", order);
            request.setAttribute("charges", queries.charges(order));
            request.setAttribute("replies", ReminderService.PRESET_REPLIES);
            views.render(request, response, "order", null);
        } catch (AppException e) {
            response.sendError(ApiServlet.status(e.problem()));
        }
    }
}

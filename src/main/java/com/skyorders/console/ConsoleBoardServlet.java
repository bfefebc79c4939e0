package com.skyorders.console;

import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderSearch;
import com.skyorders.order.OrderStatus;
import com.skyorders.paging.PageRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** GET /console: the order board — a status tab, search by number, phone and time range, and paging. */
public final class ConsoleBoardServlet extends HttpServlet {

    private static final int PAGE_SIZE = 10;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final OrderQueries queries;
    private final Views views;

    public ConsoleBoardServlet(OrderQueries queries, Views views) {
        this.queries = queries;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer status = intParam(request, "status", OrderStatus.minCode(), OrderStatus.maxCode());
        Integer pageParam = intParam(request, "page", 1, 100_000);
        int page = pageParam == null ? 1 : pageParam;
        String number = text(request, "number", 50);
        String phone = text(request, "phone", 11);
        LocalDateTime begin = time(request, "begin");
        LocalDateTime end = time(request, "end");
        request.setAttribute("status", status);
        request.setAttribute("number", number);
        request.setAttribute("phone", phone);
        request.setAttribute("begin", begin == null ? "" : INPUT.format(begin));
        request.setAttribute("end", end == null ? "" : INPUT.format(end));
        request.setAttribute("page", page);
        request.setAttribute(
                "orders",
                queries.search(new OrderSearch(number, phone, status, begin, end), new PageRequest(page, PAGE_SIZE)));
        request.setAttribute("pageSize", PAGE_SIZE);
        request.setAttribute("stats", queries.statistics());
        views.render(request, response, "board", null);
    }

    private static Integer intParam(HttpServletRequest request, String name, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || !value.matches("\\d{1,6}")) {
            return null;
        }
        int parsed = Integer.parseInt(value);
        return parsed < min || parsed > max ? null : parsed;
    }

    private static String text(HttpServletRequest request, String name, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static LocalDateTime time(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDateTime parsed = LocalDateTime.parse(value.trim(), INPUT);
            return parsed.getYear() < 1970 || parsed.getYear() > 9999 ? null : parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

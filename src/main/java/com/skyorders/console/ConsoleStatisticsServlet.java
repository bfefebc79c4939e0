package com.skyorders.console;

import com.skyorders.report.ReportService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /console/statistics: 数据统计 — today's 工作台 figures, the four reports as charts for a chosen range (drawn by
 * statistics.js as plain SVG from /console/api/report/*), and the 30-day export.
 */
public final class ConsoleStatisticsServlet extends HttpServlet {

    private final ReportService reports;
    private final Views views;

    public ConsoleStatisticsServlet(ReportService reports, Views views) {
        this.reports = reports;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("today", reports.todaysBusinessData());
        request.setAttribute("overview", reports.orderOverview());
        request.setAttribute("defaultBegin", reports.today().minusDays(7));
        request.setAttribute("defaultEnd", reports.today().minusDays(1));
        views.render(request, response, "statistics", null);
    }
}

package com.skyorders.web;

import com.skyorders.report.ReportService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /admin/report/export: the 运营数据报表 of the last 30 days as .xlsx (the auth filter has checked the staff
 * token). The file name is sent both as RFC 6266's UTF-8 {@code filename*} and as an ASCII fallback.
 */
public final class AdminReportExportServlet extends HttpServlet {

    private final ReportService reports;

    public AdminReportExportServlet(ReportService reports) {
        this.reports = reports;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = reports.operatingReportFileName();
        String ascii = name.replace("运营数据报表", "operating-report");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        reports.writeOperatingReport(response.getOutputStream());
    }
}

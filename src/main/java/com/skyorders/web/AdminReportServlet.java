package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.report.DateRange;
import com.skyorders.report.ReportService;

/**
 * 数据统计, sky-take-out's paths and VOs: /admin/report/turnoverStatistics, /userStatistics, /ordersStatistics and
 * /top10, each for {@code begin}..{@code end} (yyyy-MM-dd, at most 366 days).
 */
public final class AdminReportServlet extends ApiServlet {

    public AdminReportServlet(ReportService reports, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/report/turnoverStatistics", request -> reports.turnover(range(request)));
        get("/admin/report/userStatistics", request -> reports.users(range(request)));
        get("/admin/report/ordersStatistics", request -> reports.orders(range(request)));
        get("/admin/report/top10", request -> reports.top10(range(request)));
    }

    private static DateRange range(ApiRequest request) {
        return DateRange.parse(request.query("begin"), request.query("end"));
    }
}

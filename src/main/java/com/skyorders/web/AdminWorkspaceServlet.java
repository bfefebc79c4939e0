package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.report.ReportService;

/** 工作台: /admin/workspace/businessData, /overviewOrders, /overviewDishes, /overviewSetmeals — all for today. */
public final class AdminWorkspaceServlet extends ApiServlet {

    public AdminWorkspaceServlet(ReportService reports, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/workspace/businessData", request -> reports.todaysBusinessData());
        get("/admin/workspace/overviewOrders", request -> reports.orderOverview());
        get("/admin/workspace/overviewDishes", request -> reports.dishOverview());
        get("/admin/workspace/overviewSetmeals", request -> reports.setmealOverview());
    }
}

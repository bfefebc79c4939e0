package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderWorkflowService;
import com.skyorders.order.ReminderService;
import com.skyorders.report.DateRange;
import com.skyorders.report.ReportService;
import com.skyorders.shop.ShopService;
import java.io.IOException;

/**
 * /console/api: the board's live JSON (counts, one order), its actions, the shop's open/closed switch, the
 * statistics page's reports, and whether the sign-in still holds. The
 * guard filter has checked the sign-in and, for every POST, the CSRF token.
 */
public final class ConsoleApiServlet extends ApiServlet {

    private record Reason(String reason) {}

    public ConsoleApiServlet(
            OrderQueries queries,
            OrderWorkflowService workflow,
            ReminderService reminders,
            ShopService shop,
            ReportService reports,
            JsonResponses json) {
        super(json);
        post("/console/api/shop/{status}", request -> {
            shop.setStatus(staff(request).id(), request.pathInt("status", 0, 1));
            return shop.status();
        });
        get("/console/api/report/turnover", request -> reports.turnover(range(request)));
        get("/console/api/report/users", request -> reports.users(range(request)));
        get("/console/api/report/orders", request -> reports.orders(range(request)));
        get("/console/api/report/top10", request -> reports.top10(range(request)));
        // What the page asks after its alert socket closed: 401 here means signed out, anything else a network blip.
        get("/console/api/session", request -> staff(request).id());
        get("/console/api/statistics", request -> queries.statistics());
        get("/console/api/orders/{id}", request -> queries.staffDetail(request.pathId("id")));
        post("/console/api/orders/{id}/confirm", request -> act(() -> workflow.confirm(request.pathId("id"))));
        post("/console/api/orders/{id}/dispatch", request -> act(() -> workflow.dispatch(request.pathId("id"))));
        post("/console/api/orders/{id}/complete", request -> act(() -> workflow.complete(request.pathId("id"))));
        post("/console/api/orders/{id}/reject", request -> {
            String reason = reason(request);
            return act(() -> workflow.reject(request.pathId("id"), reason));
        });
        post("/console/api/orders/{id}/cancel", request -> {
            String reason = reason(request);
            return act(() -> workflow.cancel(request.pathId("id"), reason));
        });
        post("/console/api/orders/{id}/reply", request -> {
            String reply = reason(request);
            return act(() -> reminders.reply(staff(request).id(), request.pathId("id"), reply));
        });
    }

    private static String reason(ApiRequest request) throws IOException {
        Reason body = request.body(Reason.class);
        if (body.reason() == null || body.reason().isBlank()) {
            throw AppException.invalid("reason", "不能为空");
        }
        return body.reason();
    }

    private static DateRange range(ApiRequest request) {
        return DateRange.parse(request.query("begin"), request.query("end"));
    }

    /** The guard filter has put the signed-in member of staff on every request that reaches here. */
    private static Principal staff(ApiRequest request) {
        return (Principal) request.http().getAttribute(Principal.REQUEST_ATTRIBUTE);
    }

    private static Object act(Runnable action) {
        action.run();
        return null;
    }
}

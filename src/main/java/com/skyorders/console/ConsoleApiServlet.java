package com.skyorders.console;

import com.skyorders.error.AppException;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderWorkflowService;
import com.skyorders.order.ReminderService;
import com.skyorders.web.ApiRequest;
import com.skyorders.web.ApiServlet;
import com.skyorders.web.JsonResponses;

/**
 * /console/api: the board's live JSON (counts, one order) and its actions, for the signed-in session. The guard
 * filter has checked the session and, for every POST, the CSRF token.
 */
public final class ConsoleApiServlet extends ApiServlet {

    private record Reason(String reason) {
    }

    public ConsoleApiServlet(OrderQueries queries, OrderWorkflowService workflow, ReminderService reminders,
                             JsonResponses json) {
        super(json);
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
            return act(() -> reminders.reply(ConsoleSession.staff(request.http()).orElseThrow().id(),
                    request.pathId("id"), reply));
        });
    }

    private static String reason(ApiRequest request) throws java.io.IOException {
        Reason body = request.body(Reason.class);
        if (body.reason() == null || body.reason().isBlank()) {
            throw AppException.invalid("reason", "不能为空");
        }
        return body.reason();
    }

    private static Object act(Runnable action) {
        action.run();
        return null;
    }
}

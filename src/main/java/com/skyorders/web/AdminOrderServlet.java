package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderSearch;
import com.skyorders.order.OrderWorkflowService;
import com.skyorders.order.ReminderService;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** /admin/order: the shop's order board — search, statistics, details and every transition. */
public final class AdminOrderServlet extends ApiServlet {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private record IdBody(Long id) {
        long requireId() {
            if (id == null || id <= 0) {
                throw AppException.invalid("id", "不能为空");
            }
            return id;
        }
    }

    private record RejectBody(Long id, String rejectionReason) {}

    private record CancelBody(Long id, String cancelReason) {}

    private record ReplyBody(Long orderId, String reply) {}

    public AdminOrderServlet(
            OrderWorkflowService workflow, OrderQueries queries, ReminderService reminders, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/order/reminder/replies", request -> ReminderService.PRESET_REPLIES);
        put("/admin/order/reminder/reply", request -> {
            ReplyBody body = request.body(ReplyBody.class);
            if (body.orderId() == null || body.orderId() <= 0) {
                throw AppException.invalid("orderId", "不能为空");
            }
            reminders.reply(request.principal().id(), body.orderId(), body.reply());
            return null;
        });
        get("/admin/order/conditionSearch", request -> queries.search(search(request), request.page("page")));
        get("/admin/order/statistics", request -> queries.statistics());
        get("/admin/order/details/{id}", request -> queries.staffDetail(request.pathId("id")));
        put("/admin/order/confirm", request -> {
            workflow.confirm(request.body(IdBody.class).requireId());
            return null;
        });
        put("/admin/order/rejection", request -> {
            RejectBody body = request.body(RejectBody.class);
            workflow.reject(new IdBody(body.id()).requireId(), body.rejectionReason());
            return null;
        });
        put("/admin/order/cancel", request -> {
            CancelBody body = request.body(CancelBody.class);
            workflow.cancel(new IdBody(body.id()).requireId(), body.cancelReason());
            return null;
        });
        put("/admin/order/delivery/{id}", request -> {
            workflow.dispatch(request.pathId("id"));
            return null;
        });
        put("/admin/order/complete/{id}", request -> {
            workflow.complete(request.pathId("id"));
            return null;
        });
    }

    private static OrderSearch search(ApiRequest request) {
        String number = request.query("number");
        String phone = request.query("phone");
        if (number != null && number.length() > 50) {
            throw AppException.invalid("number", "不能超过50个字符");
        }
        if (phone != null && phone.length() > 11) {
            throw AppException.invalid("phone", "不能超过11个字符");
        }
        return new OrderSearch(
                number, phone, request.orderStatus(), time(request, "beginTime"), time(request, "endTime"));
    }

    private static LocalDateTime time(ApiRequest request, String name) {
        String value = request.query(name);
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime parsed = LocalDateTime.parse(value, SECONDS);
            if (parsed.getYear() < 1970 || parsed.getYear() > 9999) {
                throw AppException.invalid(name, "超出范围");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw AppException.invalid(name, "格式必须是yyyy-MM-dd HH:mm:ss");
        }
    }
}

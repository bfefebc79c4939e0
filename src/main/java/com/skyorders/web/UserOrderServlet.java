package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.order.OrderPaymentService;
import com.skyorders.order.OrderQueries;
import com.skyorders.order.OrderService;
import com.skyorders.order.ReminderService;
import com.skyorders.order.SubmitOrder;

/** /user/order: the customer's orders — submit, pay, history, detail, cancel, order again, remind. */
public final class UserOrderServlet extends ApiServlet {

    private record PaymentBody(String orderNumber, Integer payMethod) {
        void validate() {
            if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > 50) {
                throw AppException.invalid("orderNumber", "不能为空");
            }
            if (payMethod == null || (payMethod != 1 && payMethod != 2)) {
                throw AppException.invalid("payMethod", "必须是1(微信)或2(支付宝)");
            }
        }
    }

    public UserOrderServlet(
            OrderService orders,
            OrderPaymentService payments,
            OrderQueries queries,
            ReminderService reminders,
            JsonResponses json) {
        super(json, Role.CUSTOMER);
        post("/user/order/submit", request -> orders.submit(request.customerId(), request.body(SubmitOrder.class)));
        put("/user/order/payment", request -> {
            PaymentBody body = request.body(PaymentBody.class);
            body.validate();
            return payments.pay(request.customerId(), body.orderNumber().trim(), body.payMethod());
        });
        get(
                "/user/order/historyOrders",
                request -> queries.history(request.customerId(), request.orderStatus(), request.page("page")));
        get(
                "/user/order/orderDetail/{id}",
                request -> queries.customerDetail(request.customerId(), request.pathId("id")));
        put("/user/order/cancel/{id}", request -> {
            orders.cancel(request.customerId(), request.pathId("id"));
            return null;
        });
        post("/user/order/repetition/{id}", request -> {
            orders.repeat(request.customerId(), request.pathId("id"));
            return null;
        });
        get("/user/order/reminder/{id}", request -> {
            reminders.remind(request.customerId(), request.pathId("id"));
            return null;
        });
    }
}

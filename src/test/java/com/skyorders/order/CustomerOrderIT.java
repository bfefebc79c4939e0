package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer's order lifecycle over real HTTP: submit, pay, history, detail, cancel, order again, remind. */
@ExtendWith(SkyOrders.class)
class CustomerOrderIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    CustomerOrderIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void submitComputesTheAmountCopiesTheCartAndClearsIt() {
        Customer customer = shop.newCustomer();
        JsonObject submitted = shop.placeOrder(customer);
        assertEquals(
                0,
                new BigDecimal("75.00").compareTo(submitted.get("orderAmount").getAsBigDecimal()));
        assertTrue(submitted.get("orderNumber").getAsString().matches("\\d{22}"), submitted::toString);
        assertTrue(submitted.get("orderTime").getAsString().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

        ApiResponse cart = api.get("/user/shoppingCart/list", customer.auth());
        assertEquals(0, cart.data().getAsJsonArray().size(), "cart cleared");

        JsonObject order = api.get(
                        "/user/order/orderDetail/" + submitted.get("id").getAsLong(), customer.auth())
                .data()
                .getAsJsonObject();
        assertEquals(1, order.get("status").getAsInt());
        assertEquals(0, order.get("payStatus").getAsInt());
        assertEquals(3, order.get("packAmount").getAsInt());
        assertEquals("少辣", order.get("remark").getAsString());
        assertEquals("北京市市辖区朝阳区建国路88号", order.get("address").getAsString());
        assertEquals("李四", order.get("consignee").getAsString());
        assertEquals("2026-11-23 13:00", order.get("estimatedDeliveryTime").getAsString());
        assertTrue(order.has("cancelReason") && order.get("cancelReason").isJsonNull(), "nulls are serialised");
        JsonArray details = order.getAsJsonArray("orderDetailList");
        assertEquals(2, details.size());
        JsonObject kungPao = details.get(0).getAsJsonObject();
        assertEquals("宫保鸡丁", kungPao.get("name").getAsString());
        assertEquals(2, kungPao.get("number").getAsInt());
        for (String field :
                new String[] {"id", "name", "orderId", "dishId", "setmealId", "dishFlavor", "number", "amount", "image"
                }) {
            assertTrue(kungPao.has(field), field);
        }
        assertEquals("宫保鸡丁*2;米饭*1;", order.get("orderDishes").getAsString());
    }

    @Test
    void anAmountThatDisagreesIsAConflictAndNothingIsWritten() {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        shop.addToCart(customer, Shop.KUNG_PAO, 1);
        ApiResponse response = shop.submit(customer, address, new BigDecimal("32.00"));
        assertEquals(409, response.status(), response::toString);
        assertTrue(response.msg().contains("39.00"), response::toString);
        assertEquals(
                1,
                api.get("/user/shoppingCart/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
        assertEquals(0, countOrders(customer));
    }

    @Test
    void anEmptyCartCannotBeSubmitted() {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        ApiResponse response = shop.submit(customer, address, new BigDecimal("6.00"));
        assertEquals(400, response.status(), response::toString);
        assertEquals("购物车数据为空，不能下单", response.msg());
    }

    @Test
    void anotherCustomersAddressIsNotFound() {
        Customer owner = shop.newCustomer();
        Customer other = shop.newCustomer();
        long address = shop.addAddress(owner);
        shop.addToCart(other, Shop.RICE, 1);
        ApiResponse response = shop.submit(other, address, new BigDecimal("9.00"));
        assertEquals(404, response.status(), response::toString);
        assertEquals(0, countOrders(other));
    }

    @Test
    void paymentMovesTheOrderToToBeConfirmedOnce() {
        Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        String number = order.get("orderNumber").getAsString();
        ApiResponse paid = shop.pay(customer, number);
        assertEquals(200, paid.status(), paid::toString);
        JsonObject prepay = paid.data().getAsJsonObject();
        for (String field : new String[] {"nonceStr", "paySign", "timeStamp", "signType", "packageStr"}) {
            assertTrue(prepay.has(field), field);
        }
        JsonObject detail = detail(customer, order.get("id").getAsLong());
        assertEquals(2, detail.get("status").getAsInt());
        assertEquals(1, detail.get("payStatus").getAsInt());
        assertFalse(detail.get("checkoutTime").isJsonNull());

        ApiResponse again = shop.pay(customer, number);
        assertEquals(409, again.status());
        assertEquals("该订单已支付", again.msg());
    }

    @Test
    void anOrderPastItsPayDeadlineCannotBePaidEvenBeforeAnySweep() {
        Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        long id = order.get("id").getAsLong();
        server.jdbi()
                .useHandle(h ->
                        h.execute("UPDATE orders SET order_time = order_time - INTERVAL 16 MINUTE WHERE id = ?", id));
        ApiResponse response = shop.pay(customer, order.get("orderNumber").getAsString());
        assertEquals(409, response.status(), response::toString);
        assertEquals(1, shop.status(id));
    }

    @Test
    void aCancelledOrderCannotBePaid() {
        Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        long id = order.get("id").getAsLong();
        assertEquals(
                200, api.put("/user/order/cancel/" + id, "", customer.auth()).status());
        ApiResponse response = shop.pay(customer, order.get("orderNumber").getAsString());
        assertEquals(409, response.status(), response::toString);
        assertEquals(6, shop.status(id));
    }

    @Test
    void cancellingAnUnpaidOrderSetsTheReasonAndTime() {
        Customer customer = shop.newCustomer();
        long id = shop.placeOrder(customer).get("id").getAsLong();
        ApiResponse cancelled = api.put("/user/order/cancel/" + id, "", customer.auth());
        assertEquals(200, cancelled.status(), cancelled::toString);
        JsonObject detail = detail(customer, id);
        assertEquals(6, detail.get("status").getAsInt());
        assertEquals("用户取消", detail.get("cancelReason").getAsString());
        assertFalse(detail.get("cancelTime").isJsonNull());
        assertEquals(0, detail.get("payStatus").getAsInt());
        assertEquals(0, refunds(id));
    }

    @Test
    void cancellingAPaidOrderRefundsIt() {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        assertEquals(
                200, api.put("/user/order/cancel/" + id, "", customer.auth()).status());
        JsonObject detail = detail(customer, id);
        assertEquals(6, detail.get("status").getAsInt());
        assertEquals(2, detail.get("payStatus").getAsInt());
        assertEquals(1, refunds(id));
    }

    @Test
    void anAcceptedOrderCannotBeCancelledByTheCustomer() {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        shop.forceStatus(id, 3);
        ApiResponse response = api.put("/user/order/cancel/" + id, "", customer.auth());
        assertEquals(409, response.status());
        assertEquals("订单状态错误", response.msg());
        assertEquals(3, shop.status(id));
    }

    @Test
    void historyIsNewestFirstWithDetailsAndFiltersByStatus() {
        Customer customer = shop.newCustomer();
        long first = shop.placeOrder(customer).get("id").getAsLong();
        long second = shop.placePaidOrder(customer);
        JsonObject page = api.get("/user/order/historyOrders?page=1&pageSize=10", customer.auth())
                .data()
                .getAsJsonObject();
        assertEquals(2, page.get("total").getAsLong());
        JsonArray records = page.getAsJsonArray("records");
        assertEquals(second, records.get(0).getAsJsonObject().get("id").getAsLong());
        assertEquals(first, records.get(1).getAsJsonObject().get("id").getAsLong());
        assertEquals(
                2,
                records.get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("orderDetailList")
                        .size());

        JsonObject paidOnly = api.get("/user/order/historyOrders?page=1&pageSize=10&status=2", customer.auth())
                .data()
                .getAsJsonObject();
        assertEquals(1, paidOnly.get("total").getAsLong());
        JsonObject all = api.get("/user/order/historyOrders?page=1&pageSize=1&status=", customer.auth())
                .data()
                .getAsJsonObject();
        assertEquals(2, all.get("total").getAsLong(), "an empty status means all");
        assertEquals(1, all.getAsJsonArray("records").size());
    }

    @Test
    void repetitionPutsTheLinesBackIntoTheCart() {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        assertEquals(
                200,
                api.post("/user/order/repetition/" + id, "", customer.auth()).status());
        assertEquals(
                200,
                api.post("/user/order/repetition/" + id, "", customer.auth()).status());
        JsonArray cart =
                api.get("/user/shoppingCart/list", customer.auth()).data().getAsJsonArray();
        assertEquals(2, cart.size(), "merged into the existing lines");
        assertEquals(4, cart.get(0).getAsJsonObject().get("number").getAsInt());
        assertEquals(
                200,
                api.post("/user/shoppingCart/add", "{\"dishId\":49}", customer.auth())
                        .status());
        assertEquals(
                200,
                api.post("/user/shoppingCart/sub", "{\"dishId\":66}", customer.auth())
                        .status());
    }

    @Test
    void reminderIsOnlyForOrdersTheShopStillOwes() {
        Customer customer = shop.newCustomer();
        long unpaid = shop.placeOrder(customer).get("id").getAsLong();
        assertEquals(
                409, api.get("/user/order/reminder/" + unpaid, customer.auth()).status());
        long paid = shop.placePaidOrder(customer);
        assertEquals(
                200, api.get("/user/order/reminder/" + paid, customer.auth()).status());
    }

    @Test
    void orderNumbersAreUnique() {
        Customer customer = shop.newCustomer();
        String a = shop.placeOrder(customer).get("orderNumber").getAsString();
        String b = shop.placeOrder(customer).get("orderNumber").getAsString();
        assertNotEquals(a, b);
    }

    private JsonObject detail(Customer customer, long id) {
        ApiResponse response = api.get("/user/order/orderDetail/" + id, customer.auth());
        assertEquals(200, response.status(), response::toString);
        return response.data().getAsJsonObject();
    }

    private int countOrders(Customer customer) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE user_id = :u")
                        .bind("u", customer.id())
                        .mapTo(Integer.class)
                        .one());
    }

    private int refunds(long orderId) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM refund WHERE order_id = :id")
                        .bind("id", orderId)
                        .mapTo(Integer.class)
                        .one());
    }
}

package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shop's side over real HTTP: search, statistics, details and every transition with its refusals. */
@ExtendWith(SkyOrders.class)
class StaffOrderIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String[] staff;

    StaffOrderIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void reset() {
        staff = shop.staff();
    }

    @Test
    void theHappyPathAcceptsDispatchesAndCompletes() {
        long id = shop.placePaidOrder(shop.newCustomer());
        assertEquals(
                200,
                api.put("/admin/order/confirm", "{\"id\":" + id + "}", staff).status());
        assertEquals(3, shop.status(id));
        assertEquals(200, api.put("/admin/order/delivery/" + id, "", staff).status());
        assertEquals(4, shop.status(id));
        assertEquals(200, api.put("/admin/order/complete/" + id, "", staff).status());
        JsonObject detail = api.get("/admin/order/details/" + id, staff).data().getAsJsonObject();
        assertEquals(5, detail.get("status").getAsInt());
        assertFalse(detail.get("deliveryTime").isJsonNull());
        assertEquals(2, detail.getAsJsonArray("orderDetailList").size());
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        long unpaid = shop.placeOrder(shop.newCustomer()).get("id").getAsLong();
        assertConflict(api.put("/admin/order/confirm", "{\"id\":" + unpaid + "}", staff));
        assertConflict(api.put("/admin/order/delivery/" + unpaid, "", staff));
        assertConflict(api.put("/admin/order/complete/" + unpaid, "", staff));
        assertConflict(api.put("/admin/order/rejection", "{\"id\":" + unpaid + ",\"rejectionReason\":\"x\"}", staff));
        assertEquals(1, shop.status(unpaid));

        long paid = shop.placePaidOrder(shop.newCustomer());
        assertConflict(api.put("/admin/order/complete/" + paid, "", staff));
        assertConflict(api.put("/admin/order/delivery/" + paid, "", staff));
        assertEquals(2, shop.status(paid));
    }

    @Test
    void unknownOrdersAreNotFound() {
        for (ApiResponse response : new ApiResponse[] {
            api.put("/admin/order/confirm", "{\"id\":999999}", staff),
            api.put("/admin/order/rejection", "{\"id\":999999,\"rejectionReason\":\"x\"}", staff),
            api.put("/admin/order/cancel", "{\"id\":999999,\"cancelReason\":\"x\"}", staff),
            api.put("/admin/order/delivery/999999", "", staff),
            api.put("/admin/order/complete/999999", "", staff),
            api.get("/admin/order/details/999999", staff)
        }) {
            assertEquals(404, response.status(), response::toString);
            assertEquals("订单不存在", response.msg());
        }
    }

    @Test
    void rejectingAPaidOrderRefundsIt() {
        long id = shop.placePaidOrder(shop.newCustomer());
        ApiResponse rejected =
                api.put("/admin/order/rejection", "{\"id\":" + id + ",\"rejectionReason\":\"菜品已销售完，暂时无法接单\"}", staff);
        assertEquals(200, rejected.status(), rejected::toString);
        JsonObject detail = api.get("/admin/order/details/" + id, staff).data().getAsJsonObject();
        assertEquals(6, detail.get("status").getAsInt());
        assertEquals(2, detail.get("payStatus").getAsInt());
        assertEquals("菜品已销售完，暂时无法接单", detail.get("rejectionReason").getAsString());
        assertEquals(1, refunds(id));
    }

    @Test
    void cancellingWorksFromEveryOpenStatusAndRefundsOnlyPaidOrders() {
        long unpaid = shop.placeOrder(shop.newCustomer()).get("id").getAsLong();
        assertEquals(
                200,
                api.put("/admin/order/cancel", "{\"id\":" + unpaid + ",\"cancelReason\":\"客户电话取消\"}", staff)
                        .status());
        assertEquals(0, refunds(unpaid));

        long delivering = shop.placePaidOrder(shop.newCustomer());
        shop.forceStatus(delivering, 4);
        assertEquals(
                200,
                api.put("/admin/order/cancel", "{\"id\":" + delivering + ",\"cancelReason\":\"骑手不足无法配送\"}", staff)
                        .status());
        JsonObject detail =
                api.get("/admin/order/details/" + delivering, staff).data().getAsJsonObject();
        assertEquals(6, detail.get("status").getAsInt());
        assertEquals("骑手不足无法配送", detail.get("cancelReason").getAsString());
        assertEquals(2, detail.get("payStatus").getAsInt());
        assertEquals(1, refunds(delivering));

        assertConflict(api.put("/admin/order/cancel", "{\"id\":" + delivering + ",\"cancelReason\":\"again\"}", staff));
        assertEquals(1, refunds(delivering), "never refunded twice");
    }

    @Test
    void reasonsAreRequired() {
        long id = shop.placePaidOrder(shop.newCustomer());
        ApiResponse response = api.put("/admin/order/rejection", "{\"id\":" + id + "}", staff);
        assertEquals(400, response.status());
        assertTrue(response.msg().startsWith("rejectionReason"), response::toString);
        assertEquals(
                400,
                api.put("/admin/order/cancel", "{\"id\":" + id + ",\"cancelReason\":\" \"}", staff)
                        .status());
        assertEquals(2, shop.status(id));
    }

    @Test
    void statisticsCountWhatNeedsAttention() {
        long a = shop.placePaidOrder(shop.newCustomer());
        shop.placePaidOrder(shop.newCustomer());
        long c = shop.placePaidOrder(shop.newCustomer());
        shop.placeOrder(shop.newCustomer());
        shop.forceStatus(a, 3);
        shop.forceStatus(c, 4);
        JsonObject stats = api.get("/admin/order/statistics", staff).data().getAsJsonObject();
        assertEquals(1, stats.get("toBeConfirmed").getAsInt());
        assertEquals(1, stats.get("confirmed").getAsInt());
        assertEquals(1, stats.get("deliveryInProgress").getAsInt());
    }

    @Test
    void conditionSearchFiltersAndPagesNewestFirstWithOrderDishes() {
        Customer customer = shop.newCustomer();
        long first = shop.placePaidOrder(customer);
        JsonObject second = shop.placeOrder(customer);
        String number = second.get("orderNumber").getAsString();

        JsonObject all = search("page=1&pageSize=10");
        assertEquals(2, all.get("total").getAsLong());
        JsonObject newest = all.getAsJsonArray("records").get(0).getAsJsonObject();
        assertEquals(second.get("id").getAsLong(), newest.get("id").getAsLong());
        assertEquals("宫保鸡丁*2;米饭*1;", newest.get("orderDishes").getAsString());

        assertEquals(
                1,
                search("page=1&pageSize=10&number=" + number.substring(10))
                        .get("total")
                        .getAsLong());
        assertEquals(2, search("page=1&pageSize=10&phone=38000").get("total").getAsLong());
        assertEquals(0, search("page=1&pageSize=10&phone=%25").get("total").getAsLong(), "LIKE wildcards are literal");
        JsonObject paid = search("page=1&pageSize=10&status=2");
        assertEquals(1, paid.get("total").getAsLong());
        assertEquals(
                first,
                paid.getAsJsonArray("records")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsLong());
        assertEquals(
                0,
                search("page=1&pageSize=10&beginTime=2099-01-01%2000:00:00")
                        .get("total")
                        .getAsLong());
        assertEquals(
                2,
                search("page=1&pageSize=10&beginTime=2000-01-01%2000:00:00&endTime=2099-01-01%2000:00:00")
                        .get("total")
                        .getAsLong());
        JsonObject paged = search("page=2&pageSize=1");
        JsonArray records = paged.getAsJsonArray("records");
        assertEquals(1, records.size());
        assertEquals(first, records.get(0).getAsJsonObject().get("id").getAsLong());
    }

    private JsonObject search(String query) {
        ApiResponse response = api.get("/admin/order/conditionSearch?" + query, staff);
        assertEquals(200, response.status(), response::toString);
        return response.data().getAsJsonObject();
    }

    private static void assertConflict(ApiResponse response) {
        assertEquals(409, response.status(), response::toString);
        assertEquals("订单状态错误", response.msg());
    }

    private int refunds(long orderId) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM refund WHERE order_id = :id")
                        .bind("id", orderId)
                        .mapTo(Integer.class)
                        .one());
    }
}

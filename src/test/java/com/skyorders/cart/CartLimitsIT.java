package com.skyorders.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every quantity a customer controls is bounded, so no cart can make the server's own arithmetic wrap. */
@ExtendWith(SkyOrders.class)
class CartLimitsIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    CartLimitsIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void orderingAgainStopsAtNinetyNinePortionsAndChangesNothingWhenRefused() {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer); // 2 × 宫保鸡丁, 1 × 米饭
        for (int i = 0; i < 49; i++) {
            assertEquals(
                    200,
                    api.post("/user/order/repetition/" + id, "", customer.auth())
                            .status());
        }
        String before = api.get("/user/shoppingCart/list", customer.auth()).body();
        ApiResponse refused = api.post("/user/order/repetition/" + id, "", customer.auth());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("同一商品最多99份", refused.msg());
        assertEquals(before, api.get("/user/shoppingCart/list", customer.auth()).body(), "all or nothing");
        assertEquals(98, number(customer, Shop.KUNG_PAO));

        assertEquals(
                200,
                api.post("/user/shoppingCart/add", "{\"dishId\":66}", customer.auth())
                        .status());
        assertEquals(
                409,
                api.post("/user/shoppingCart/add", "{\"dishId\":66}", customer.auth())
                        .status());
        assertEquals(99, number(customer, Shop.KUNG_PAO));

        // The biggest cart there can be still prices exactly.
        ApiResponse submitted = shop.submit(customer, shop.addAddress(customer), new java.math.BigDecimal("3420.00"));
        assertEquals(200, submitted.status(), submitted::toString);
        JsonObject order = submitted.data().getAsJsonObject();
        assertEquals(
                "3420.00",
                order.get("orderAmount").getAsBigDecimal().setScale(2).toPlainString(),
                "99 × 32 + 49 × 2 + 148 packs + 6 delivery");
        int packs = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT pack_amount FROM orders WHERE id = :id")
                        .bind("id", order.get("id").getAsLong())
                        .mapTo(Integer.class)
                        .one());
        assertEquals(148, packs);
    }

    @Test
    void aCartHoldsAtMostFiftyDistinctDishes() {
        server.jdbi().useHandle(h -> {
            for (int i = 0; i < 51; i++) {
                h.execute(
                        "INSERT INTO dish (id, name, category_id, price, image, description, status) "
                                + "VALUES (?, ?, 12, 1.00, '', '', 1)",
                        10_000 + i,
                        "限量菜" + i);
            }
        });
        try {
            Customer customer = shop.newCustomer();
            for (int i = 0; i < 50; i++) {
                assertEquals(
                        200,
                        api.post("/user/shoppingCart/add", "{\"dishId\":" + (10_000 + i) + "}", customer.auth())
                                .status());
            }
            ApiResponse refused = api.post("/user/shoppingCart/add", "{\"dishId\":10050}", customer.auth());
            assertEquals(409, refused.status());
            assertEquals("购物车最多50种商品", refused.msg());
            assertEquals(
                    50,
                    api.get("/user/shoppingCart/list", customer.auth())
                            .data()
                            .getAsJsonArray()
                            .size());
        } finally {
            server.jdbi().useHandle(h -> h.execute("DELETE FROM dish WHERE id >= 10000"));
        }
    }

    @Test
    void aFlavourIsRefusedForADishThatHasNone() {
        Customer customer = shop.newCustomer();
        for (int i = 0; i < 3; i++) {
            ApiResponse refused = api.post(
                    "/user/shoppingCart/add", "{\"dishId\":66,\"dishFlavor\":\"invented-" + i + "\"}", customer.auth());
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.msg().contains("dishFlavor"), refused::toString);
        }
        assertEquals(
                0,
                api.get("/user/shoppingCart/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
        assertEquals(
                200,
                api.post("/user/shoppingCart/add", "{\"dishId\":66,\"dishFlavor\":\" \"}", customer.auth())
                        .status(),
                "a blank flavour is no flavour");
    }

    @Test
    void aCustomerKeepsAtMostFiftyAddresses() {
        Customer customer = shop.newCustomer();
        for (int i = 0; i < 50; i++) {
            shop.addAddress(customer);
        }
        ApiResponse refused = api.post("/user/addressBook", """
                {"consignee":"李四","sex":"1","phone":"13800000000","detail":"建国路88号"}""", customer.auth());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(
                50,
                api.get("/user/addressBook/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
    }

    private int number(Customer customer, long dishId) {
        JsonArray cart =
                api.get("/user/shoppingCart/list", customer.auth()).data().getAsJsonArray();
        for (var line : cart) {
            if (line.getAsJsonObject().get("dishId").getAsLong() == dishId) {
                return line.getAsJsonObject().get("number").getAsInt();
            }
        }
        return 0;
    }
}

package com.skyorders.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 营业状态: stored in the database, the same on every node at once, and enforced on submission. */
@ExtendWith(SkyOrders.class)
class ShopStatusIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    ShopStatusIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void closingStopsNewOrdersOnEveryNodeButNotOrdersAlreadySubmitted() throws Exception {
        String[] staff = shop.staff();
        Customer customer = shop.newCustomer();
        JsonObject before = shop.placeOrder(customer);
        assertEquals(1, api.get("/user/shop/status").data().getAsInt(), "public, like the tutorial's");
        try (TestServer.Node nodeB = server.startSecondNode()) {
            assertEquals(200, api.put("/admin/shop/0", "0", staff).status());
            assertEquals(0, api.get("/admin/shop/status", staff).data().getAsInt());
            HttpResponse<String> onB = server.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/user/shop/status"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"code\":1,\"msg\":null,\"data\":0}", onB.body(), "node B sees it at once");

            shop.addToCart(customer, Shop.KUNG_PAO, 2);
            shop.addToCart(customer, Shop.RICE, 1);
            ApiResponse refused = shop.submit(customer, shop.addAddress(customer), Shop.STANDARD_TOTAL);
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("店铺已打烊", refused.msg());
            assertEquals(
                    2,
                    api.get("/user/shoppingCart/list", customer.auth())
                            .data()
                            .getAsJsonArray()
                            .size(),
                    "the cart is kept for when the shop opens");
            assertEquals(
                    200,
                    shop.pay(customer, before.get("orderNumber").getAsString()).status(),
                    "an order submitted before closing can still be paid");

            assertEquals(200, api.put("/admin/shop/1", "1", staff).status());
            assertEquals(
                    200,
                    shop.submit(customer, shop.addAddress(customer), Shop.STANDARD_TOTAL)
                            .status());
        }
        List<String> history = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT CONCAT(status, ' by ', changed_by) FROM shop_status_change ORDER BY id")
                        .mapTo(String.class)
                        .list());
        assertEquals(List.of("0 by 1", "1 by 1"), history);
    }

    @Test
    void onlyStaffChangeItAndOnlyToZeroOrOne() {
        String[] staff = shop.staff();
        assertEquals(400, api.put("/admin/shop/2", "2", staff).status());
        assertEquals(400, api.put("/admin/shop/x", "", staff).status());
        assertEquals(401, api.put("/admin/shop/0", "0").status());
        assertEquals(
                401, api.put("/admin/shop/0", "0", shop.newCustomer().auth()).status());
        assertEquals(1, api.get("/user/shop/status").data().getAsInt());
    }
}

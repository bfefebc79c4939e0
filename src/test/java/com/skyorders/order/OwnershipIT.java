package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customer B gets 404 on every endpoint that touches customer A's orders and addresses, and changes nothing. */
@ExtendWith(SkyOrders.class)
class OwnershipIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    OwnershipIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void anotherCustomersOrdersAndAddressesDoNotExist() {
        Customer a = shop.newCustomer();
        Customer b = shop.newCustomer();
        JsonObject unpaid = shop.placeOrder(a);
        long paid = shop.placePaidOrder(a);
        long unpaidId = unpaid.get("id").getAsLong();
        long address = shop.addAddress(a);
        shop.addToCart(b, Shop.RICE, 1);

        List<Supplier<ApiResponse>> attempts = List.of(
                () -> api.get("/user/order/orderDetail/" + paid, b.auth()),
                () -> api.put("/user/order/cancel/" + paid, "", b.auth()),
                () -> api.put("/user/order/cancel/" + unpaidId, "", b.auth()),
                () -> api.post("/user/order/repetition/" + paid, "", b.auth()),
                () -> api.get("/user/order/reminder/" + paid, b.auth()),
                () -> shop.pay(b, unpaid.get("orderNumber").getAsString()),
                () -> api.get("/user/addressBook/" + address, b.auth()),
                () -> api.put("/user/addressBook/default", "{\"id\":" + address + "}", b.auth()),
                () -> shop.submit(b, address, new java.math.BigDecimal("9.00")));
        assertAll(attempts.stream().map(attempt -> () -> {
            ApiResponse response = attempt.get();
            assertEquals(404, response.status(), response::toString);
        }));

        assertEquals(1, shop.status(unpaidId));
        assertEquals(2, shop.status(paid));
        assertEquals(
                1,
                api.get("/user/shoppingCart/list", b.auth())
                        .data()
                        .getAsJsonArray()
                        .size(),
                "nothing of A's was copied into B's cart");
        JsonObject history = api.get("/user/order/historyOrders?page=1&pageSize=10", b.auth())
                .data()
                .getAsJsonObject();
        assertEquals(0, history.get("total").getAsLong());
        int bOrders = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE user_id = :u")
                        .bind("u", b.id())
                        .mapTo(Integer.class)
                        .one());
        assertEquals(0, bOrders);
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a customer needs before ordering: the menu, an address book and a cart. */
@ExtendWith(SkyOrders.class)
class MenuAddressCartIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    MenuAddressCartIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    /**
     * The demo menu is stamped with the shop's time when it was loaded, whatever zone the database server runs in
     * (the tutorial's admin lists these times): the first load's moment, from Flyway's own history, in the database's
     * clock, moved to the shop's zone (Asia/Shanghai, no daylight saving).
     */
    @Test
    void theDemoMenuIsStampedInTheShopsTime() {
        long minutesOff = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT ABS(TIMESTAMPDIFF(MINUTE, c.create_time, "
                                + "(SELECT MIN(installed_on) FROM flyway_schema_history WHERE script LIKE 'R__demo%') "
                                + "- INTERVAL TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) SECOND + INTERVAL 8 HOUR)) "
                                + "FROM category c WHERE c.id = 11")
                        .mapTo(Long.class)
                        .one());
        assertTrue(
                minutesOff <= 1, () -> "the demo category was stamped " + minutesOff + " minutes off the shop's time");
    }

    @Test
    void theMenuListsCategoriesAndDishesOnSale() {
        Customer customer = shop.newCustomer();
        JsonArray categories =
                api.get("/user/category/list", customer.auth()).data().getAsJsonArray();
        assertTrue(categories.size() >= 5, categories::toString);
        JsonArray dishes =
                api.get("/user/dish/list?categoryId=12", customer.auth()).data().getAsJsonArray();
        assertTrue(dishes.size() >= 4);
        for (var dish : dishes) {
            JsonObject d = dish.getAsJsonObject();
            assertEquals(1, d.get("status").getAsInt(), "only dishes on sale");
            assertEquals("传统主食", d.get("categoryName").getAsString());
            assertTrue(d.get("flavors").isJsonArray());
        }
        assertEquals(400, api.get("/user/dish/list", customer.auth()).status());
        assertEquals(
                400, api.get("/user/dish/list?categoryId=abc", customer.auth()).status());
    }

    @Test
    void theAddressBookKeepsOneDefault() {
        Customer customer = shop.newCustomer();
        assertEquals(404, api.get("/user/addressBook/default", customer.auth()).status());
        long first = shop.addAddress(customer);
        long second = shop.addAddress(customer);
        assertEquals(
                2,
                api.get("/user/addressBook/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
        assertEquals(
                200,
                api.put("/user/addressBook/default", "{\"id\":" + first + "}", customer.auth())
                        .status());
        assertEquals(first, defaultId(customer));
        assertEquals(
                200,
                api.put("/user/addressBook/default", "{\"id\":" + second + "}", customer.auth())
                        .status());
        assertEquals(second, defaultId(customer));
        int defaults = 0;
        for (var address :
                api.get("/user/addressBook/list", customer.auth()).data().getAsJsonArray()) {
            defaults += address.getAsJsonObject().get("isDefault").getAsInt();
        }
        assertEquals(1, defaults);
        JsonObject one =
                api.get("/user/addressBook/" + first, customer.auth()).data().getAsJsonObject();
        assertEquals("建国路88号", one.get("detail").getAsString());
    }

    @Test
    void anAddressNeedsAConsigneeAPhoneAndADetail() {
        Customer customer = shop.newCustomer();
        ApiResponse noPhone = api.post("/user/addressBook", "{\"consignee\":\"王五\",\"detail\":\"x\"}", customer.auth());
        assertEquals(400, noPhone.status());
        assertTrue(noPhone.msg().startsWith("phone"), noPhone::toString);
        assertEquals(
                0,
                api.get("/user/addressBook/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
    }

    @Test
    void theCartAddsSubtractsAndCleans() {
        Customer customer = shop.newCustomer();
        shop.addToCart(customer, Shop.KUNG_PAO, 2);
        assertEquals(
                200,
                api.post("/user/shoppingCart/add", "{\"dishId\":49}", customer.auth())
                        .status());
        JsonArray cart = list(customer);
        assertEquals(2, cart.size());
        assertEquals(2, cart.get(0).getAsJsonObject().get("number").getAsInt());
        assertEquals("32.00", cart.get(0).getAsJsonObject().get("amount").getAsString());

        assertEquals(
                200,
                api.post("/user/shoppingCart/sub", "{\"dishId\":66}", customer.auth())
                        .status());
        assertEquals(1, list(customer).get(0).getAsJsonObject().get("number").getAsInt());
        assertEquals(
                200,
                api.post("/user/shoppingCart/sub", "{\"dishId\":66}", customer.auth())
                        .status());
        assertEquals(1, list(customer).size());
        assertEquals(
                404,
                api.post("/user/shoppingCart/sub", "{\"dishId\":66}", customer.auth())
                        .status());

        assertEquals(
                200, api.delete("/user/shoppingCart/clean", customer.auth()).status());
        assertEquals(0, list(customer).size());
    }

    @Test
    void unknownAndDiscontinuedDishesCannotBeAdded() {
        Customer customer = shop.newCustomer();
        assertEquals(
                404,
                api.post("/user/shoppingCart/add", "{\"dishId\":999999}", customer.auth())
                        .status());
        ApiResponse discontinued =
                api.post("/user/shoppingCart/add", "{\"dishId\":" + Shop.DISCONTINUED + "}", customer.auth());
        assertEquals(409, discontinued.status());
        assertEquals("菜品已停售", discontinued.msg());
        assertEquals(0, list(customer).size());
    }

    @Test
    void concurrentTapsNeverLoseAnItem() throws Exception {
        Customer customer = shop.newCustomer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> taps = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                taps.add(CompletableFuture.supplyAsync(
                        () -> api.post("/user/shoppingCart/add", "{\"dishId\":" + Shop.RICE + "}", customer.auth())
                                .status(),
                        pool));
            }
            for (CompletableFuture<Integer> tap : taps) {
                assertEquals(200, tap.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonArray cart = list(customer);
        assertEquals(1, cart.size(), "one line");
        assertEquals(40, cart.get(0).getAsJsonObject().get("number").getAsInt());
    }

    private long defaultId(Customer customer) {
        return api.get("/user/addressBook/default", customer.auth())
                .data()
                .getAsJsonObject()
                .get("id")
                .getAsLong();
    }

    private JsonArray list(Customer customer) {
        return api.get("/user/shoppingCart/list", customer.auth()).data().getAsJsonArray();
    }
}

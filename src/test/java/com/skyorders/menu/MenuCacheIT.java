package com.skyorders.menu;

import static com.skyorders.testing.MenuAdmin.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.skyorders.testing.Api;
import com.skyorders.testing.MenuAdmin;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each node caches the customer's dish and set-meal lists; a write on node A shows on node B's lists within 1 s,
 * the dish-stop cascade included (which the tutorial's Redis cache misses).
 */
@ExtendWith(SkyOrders.class)
class MenuCacheIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    MenuCacheIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void aChangeOnNodeAIsOnNodeBsListsWithinASecond() throws Exception {
        MenuAdmin menu = new MenuAdmin(shop, server);
        String[] staff = menu.staff();
        long dishes = menu.category("缓存菜", 1);
        long setmeals = menu.category("缓存套餐", 2);
        long dish = menu.dish("缓存鸡", dishes, "20", "[]", true);
        long setmeal = menu.setmeal("缓存鸡套餐", setmeals, "22", true, dish);
        Shop.Customer customer = shop.newCustomer();
        try (TestServer.Node nodeB = server.startSecondNode()) {
            String dishList = nodeB.baseUrl() + "/user/dish/list?categoryId=" + dishes;
            String setmealList = nodeB.baseUrl() + "/user/setmeal/list?categoryId=" + setmeals;
            assertEquals(1, list(dishList, customer).size());
            assertEquals(1, list(setmealList, customer).size());
            // Served from B's cache now; A changes the price.
            assertEquals(
                    20.0,
                    list(dishList, customer)
                            .get(0)
                            .getAsJsonObject()
                            .get("price")
                            .getAsDouble());
            JsonArray before = list(dishList, customer);
            var edit = api.get("/admin/dish/" + dish, staff).data().getAsJsonObject();
            edit.addProperty("price", "25");
            long changed = System.nanoTime();
            ok(api.put("/admin/dish", edit.toString(), staff));
            long seen = waitFor(
                    dishList,
                    customer,
                    l -> l.size() == 1
                            && l.get(0).getAsJsonObject().get("price").getAsDouble() == 25.0);
            assertTrue(seen - changed < 1_000_000_000L, "seen after " + (seen - changed) / 1_000_000 + " ms");
            assertEquals(before.size(), 1);

            // The cascade: stopping the dish on A takes the set meal off B's list too.
            changed = System.nanoTime();
            ok(api.post("/admin/dish/status/0?id=" + dish, "", staff));
            long dishGone = waitFor(dishList, customer, JsonArray::isEmpty);
            long setmealGone = waitFor(setmealList, customer, JsonArray::isEmpty);
            assertTrue(dishGone - changed < 1_000_000_000L, "dish gone after " + (dishGone - changed) / 1_000_000);
            assertTrue(
                    setmealGone - changed < 1_000_000_000L,
                    "set meal gone after " + (setmealGone - changed) / 1_000_000 + " ms");
            assertEquals(0, menu.status("setmeal", setmeal));
        }
    }

    /** The moment {@code done} first held, polling every 20 ms for at most 3 s. */
    private long waitFor(String url, Shop.Customer customer, Predicate<JsonArray> done) throws Exception {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (done.test(list(url, customer))) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not seen within 3 s: " + list(url, customer));
    }

    private JsonArray list(String url, Shop.Customer customer) throws Exception {
        HttpResponse<String> response = server.http()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("authentication", customer.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("data");
    }
}

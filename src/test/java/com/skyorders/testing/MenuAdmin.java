package com.skyorders.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;

/** The admin's menu pages driven over HTTP as its views send them: categories, dishes, set meals. */
public final class MenuAdmin {

    private final Api api;
    private final TestServer server;
    private final String[] staff;

    public MenuAdmin(Shop shop, TestServer server) {
        this.api = shop.api();
        this.server = server;
        this.staff = shop.staff();
    }

    public String[] staff() {
        return staff;
    }

    /** A new category ({@code type} 1 dishes, 2 set meals), enabled; returns its id. */
    public long category(String name, int type) {
        ok(api.post("/admin/category", "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"sort\":\"1\"}", staff));
        long id = idOf("category", name);
        ok(api.post("/admin/category/status/1?id=" + id, "", staff));
        return id;
    }

    /** A new dish, 起售 when {@code onSale}, with the flavours given as {@code [{name,value}]} JSON; returns its id. */
    public long dish(String name, long categoryId, String price, String flavorsJson, boolean onSale) {
        ok(api.post("/admin/dish", """
                {"name":"%s","price":"%s","code":"","image":"","description":"","status":0,"categoryId":%d,
                 "flavors":%s}""".formatted(name, price, categoryId, flavorsJson), staff));
        long id = idOf("dish", name);
        if (onSale) {
            ok(api.post("/admin/dish/status/1?id=" + id, "", staff));
        }
        return id;
    }

    /** A new set meal of these dishes (one copy each), on sale when {@code onSale}; returns its id. */
    public long setmeal(String name, long categoryId, String price, boolean onSale, long... dishIds) {
        StringBuilder dishes = new StringBuilder();
        for (long dishId : dishIds) {
            dishes.append(dishes.isEmpty() ? "" : ",")
                    .append("{\"copies\":1,\"dishId\":")
                    .append(dishId)
                    .append(",\"name\":\"x\",\"price\":1}");
        }
        ok(api.post("/admin/setmeal", """
                {"name":"%s","categoryId":%d,"price":"%s","code":"","image":"","description":"","dishList":[],
                 "status":0,"idType":%d,"setmealDishes":[%s]}""".formatted(name, categoryId, price, categoryId, dishes), staff));
        long id = idOf("setmeal", name);
        if (onSale) {
            ok(api.post("/admin/setmeal/status/1?id=" + id, "", staff));
        }
        return id;
    }

    /** A row's status as stored ({@code dish}, {@code setmeal}, {@code category}). */
    public int status(String table, long id) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM " + table + " WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one());
    }

    private long idOf(String table, String name) {
        ApiResponse page = api.get(
                "/admin/" + table + "/page?page=1&pageSize=10&name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                staff);
        ok(page);
        for (var record : page.data().getAsJsonObject().getAsJsonArray("records")) {
            JsonObject row = record.getAsJsonObject();
            if (row.get("name").getAsString().equals(name)) {
                return row.get("id").getAsLong();
            }
        }
        throw new AssertionError("no " + table + " named " + name + ": " + page);
    }

    public static ApiResponse ok(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        assertEquals(1, response.code(), response::toString);
        return response;
    }
}

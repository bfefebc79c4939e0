package com.skyorders.menu;

import static com.skyorders.testing.MenuAdmin.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.MenuAdmin;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 分类管理, 菜品管理 and 套餐管理 as the tutorial's admin calls them: every endpoint, every rule, its exact message. */
@ExtendWith(SkyOrders.class)
class MenuAdminIT {

    private static final String SPICY = "[{\"name\":\"辣度\",\"value\":\"[\\\"不辣\\\",\\\"微辣\\\"]\"},"
            + "{\"name\":\"温度\",\"value\":\"[\\\"热饮\\\",\\\"常温\\\"]\"}]";

    private final Api api;
    private final Api admin;
    private final Shop shop;
    private final TestServer server;
    private MenuAdmin menu;
    private String[] staff;

    MenuAdminIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.admin = api.asTheAdmin();
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void signIn() {
        menu = new MenuAdmin(shop, server);
        staff = menu.staff();
    }

    @Test
    void aNewCategoryStartsDisabledAndIsListedOnceEnabled() {
        ok(api.post("/admin/category", "{\"name\":\"川菜\",\"type\":\"1\",\"sort\":\"3\"}", staff));
        JsonObject row = api.get("/admin/category/page?page=1&pageSize=10&name=川&type=", staff)
                .data()
                .getAsJsonObject()
                .getAsJsonArray("records")
                .get(0)
                .getAsJsonObject();
        assertEquals("川菜", row.get("name").getAsString());
        assertEquals(0, row.get("status").getAsInt(), "new categories start 禁用, as the tutorial's");
        assertEquals(3, row.get("sort").getAsInt());
        assertEquals(1, row.get("createUser").getAsLong());
        assertTrue(row.has("updateTime"));
        long id = row.get("id").getAsLong();
        assertTrue(names(api.get("/admin/category/list?type=1", staff)).stream().noneMatch("川菜"::equals));

        ok(api.post("/admin/category/status/1?id=" + id, "", staff));
        // addSetmeal's call: paging parameters beyond the page cap are ignored by a list.
        assertTrue(names(api.get("/admin/category/list?type=1&page=1&pageSize=1000", staff))
                .contains("川菜"));
        assertTrue(
                names(api.get("/user/category/list", shop.newCustomer().auth())).contains("川菜"));

        ok(api.put("/admin/category", "{\"id\":" + id + ",\"name\":\"新川菜\",\"sort\":\"4\"}", staff));
        assertTrue(names(api.get("/admin/category/list?type=1", staff)).contains("新川菜"));
        assertEquals(
                409, api.post("/admin/category/status/1?id=" + id, "", staff).status());
        ok(api.post("/admin/category/status/0?id=" + id, "", staff));
        ok(api.delete("/admin/category?id=" + id, staff));
        assertEquals(
                0,
                api.get("/admin/category/page?page=1&pageSize=10&name=川菜", staff)
                        .data()
                        .getAsJsonObject()
                        .get("total")
                        .getAsInt());
    }

    @Test
    void aDuplicateNameIsRefusedInTheTutorialsWords() {
        menu.category("川菜", 1);
        ApiResponse again = admin.post("/admin/category", "{\"name\":\"川菜\",\"type\":\"1\",\"sort\":\"1\"}", staff);
        assertRefused(again, "'川菜'已存在");
        long category = menu.category("凉菜", 1);
        menu.dish("拍黄瓜", category, "8", "[]", false);
        assertRefused(admin.post("/admin/dish", """
                {"name":"拍黄瓜","price":"9","image":"","description":"","status":0,"categoryId":%d,"flavors":[]}""".formatted(category), staff), "'拍黄瓜'已存在");
    }

    @Test
    void aCategoryInUseIsNotDeleted() {
        long dishes = menu.category("热菜", 1);
        menu.dish("回锅肉", dishes, "28", "[]", false);
        assertRefused(admin.delete("/admin/category?id=" + dishes, staff), "当前分类关联了菜品,不能删除");
        long setmeals = menu.category("午市套餐", 2);
        long dish = menu.dish("鱼香肉丝", dishes, "26", "[]", true);
        menu.setmeal("午市单人餐", setmeals, "30", false, dish);
        assertRefused(admin.delete("/admin/category?id=" + setmeals, staff), "当前分类关联了套餐,不能删除");
        assertEquals(409, api.delete("/admin/category?id=" + setmeals, staff).status(), "X-Sky-Status: http");
    }

    @Test
    void aDishKeepsItsFlavoursAndIsPagedWithItsCategoryName() {
        long category = menu.category("饮品", 1);
        long id = menu.dish("奶茶", category, "12.5", SPICY, false);
        JsonObject dish = ok(api.get("/admin/dish/" + id, staff)).data().getAsJsonObject();
        assertEquals(12.5, dish.get("price").getAsDouble(), "a JSON number: the table does price.toFixed(2)");
        assertEquals(0, dish.get("status").getAsInt(), "new dishes start 停售");
        JsonArray flavors = dish.getAsJsonArray("flavors");
        assertEquals(2, flavors.size());
        assertEquals("辣度", flavors.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(
                "[\"不辣\",\"微辣\"]", flavors.get(0).getAsJsonObject().get("value").getAsString());

        JsonObject row = api.get("/admin/dish/page?page=1&pageSize=10&name=奶&categoryId=&status=", staff)
                .data()
                .getAsJsonObject()
                .getAsJsonArray("records")
                .get(0)
                .getAsJsonObject();
        assertEquals("饮品", row.get("categoryName").getAsString());

        // Edit: the GET answer sent back, one flavour dropped, the price changed.
        dish.remove("updateTime");
        dish.addProperty("price", "13");
        dish.getAsJsonArray("flavors").remove(1);
        ok(api.put("/admin/dish", dish.toString(), staff));
        JsonObject edited = api.get("/admin/dish/" + id, staff).data().getAsJsonObject();
        assertEquals(13.0, edited.get("price").getAsDouble());
        assertEquals(1, edited.getAsJsonArray("flavors").size());

        assertEquals(
                0,
                api.get("/admin/dish/list?categoryId=" + category, staff)
                        .data()
                        .getAsJsonArray()
                        .size());
        ok(api.post("/admin/dish/status/1?id=" + id, "", staff));
        assertEquals(
                1,
                api.get("/admin/dish/list?categoryId=" + category, staff)
                        .data()
                        .getAsJsonArray()
                        .size());
        // The AddDish search by name: honoured (the tutorial ignores it).
        assertEquals(
                1,
                api.get("/admin/dish/list?name=奶茶", staff)
                        .data()
                        .getAsJsonArray()
                        .size());
        assertEquals(
                0,
                api.get("/admin/dish/list?name=没有这道菜", staff)
                        .data()
                        .getAsJsonArray()
                        .size());
    }

    @Test
    void dishRulesOnDeleteAndBadInput() {
        long category = menu.category("小炒", 1);
        long onSale = menu.dish("小炒肉", category, "22", "[]", true);
        long stopped = menu.dish("炒青菜", category, "12", "[]", false);
        assertRefused(admin.delete("/admin/dish?ids=" + onSale + "," + stopped, staff), "起售中的菜品不能删除");
        long setmeals = menu.category("小炒套餐", 2);
        long inSetmeal = menu.dish("炒豆角", category, "12", "[]", true);
        menu.setmeal("小炒双拼", setmeals, "30", false, onSale, inSetmeal);
        ok(api.post("/admin/dish/status/0?id=" + inSetmeal, "", staff));
        assertRefused(admin.delete("/admin/dish?ids=" + inSetmeal, staff), "当前菜品关联了套餐,不能删除");
        ok(api.delete("/admin/dish?ids=" + stopped, staff));
        assertEquals(404, api.get("/admin/dish/" + stopped, staff).status());

        assertRefused(admin.post("/admin/dish", """
                {"name":"","price":"1","categoryId":%d,"flavors":[]}""".formatted(category), staff), "name不能为空");
        assertRefused(admin.post("/admin/dish", """
                {"name":"负价","price":"-1","categoryId":%d,"flavors":[]}""".formatted(category), staff), "price必须大于0、不超过99999.99且最多两位小数");
        assertRefused(
                admin.post("/admin/dish", """
                {"name":"坏口味","price":"1","categoryId":%d,"flavors":[{"name":"辣度","value":"不辣"}]}""".formatted(category), staff),
                "flavors.value必须是口味选项的JSON数组，选项不能为空、重复或含逗号，每项不超过20个字符");
        assertRefused(admin.post("/admin/dish", """
                {"name":"错分类","price":"1","categoryId":%d,"flavors":[]}""".formatted(setmeals), staff), "categoryId必须是菜品分类");
        assertRefused(admin.delete("/admin/dish?ids=" + "1,".repeat(101) + "1", staff), "ids一次最多100个");
        assertRefused(admin.delete("/admin/dish?ids=abc", staff), "ids必须是正整数");
    }

    @Test
    void stoppingADishStopsEverySetMealContainingItAndSaysWhich() {
        long dishes = menu.category("主菜", 1);
        long setmeals = menu.category("组合", 2);
        long chicken = menu.dish("白切鸡", dishes, "48", "[]", true);
        long rice = menu.dish("白米饭", dishes, "2", "[]", true);
        long a = menu.setmeal("白切鸡饭", setmeals, "48", true, chicken, rice);
        long b = menu.setmeal("白饭套餐", setmeals, "5", true, rice);
        long c = menu.setmeal("鸡肉拼盘", setmeals, "50", false, chicken);

        JsonObject answer = ok(api.post("/admin/dish/status/0?id=" + chicken + "," + rice, "", staff))
                .data()
                .getAsJsonObject();
        JsonArray stopped = answer.getAsJsonArray("stoppedSetmeals");
        assertEquals(2, stopped.size(), answer::toString);
        assertEquals("白切鸡饭", stopped.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("白饭套餐", stopped.get(1).getAsJsonObject().get("name").getAsString());
        assertEquals(0, menu.status("setmeal", a));
        assertEquals(0, menu.status("setmeal", b));
        assertEquals(0, menu.status("setmeal", c));
        assertEquals(0, menu.status("dish", chicken));
        assertEquals(0, menu.status("dish", rice));

        assertRefused(admin.post("/admin/setmeal/status/1?id=" + a, "", staff), "套餐内包含未启售菜品，无法启售");
        ok(api.post("/admin/dish/status/1?id=" + chicken + "," + rice, "", staff));
        ok(api.post("/admin/setmeal/status/1?id=" + a + "," + b, "", staff));
        assertEquals(1, menu.status("setmeal", a));
    }

    @Test
    void aSetMealKeepsItsDishesAndIsNotDeletedOnSale() {
        long dishes = menu.category("面食", 1);
        long setmeals = menu.category("面食套餐", 2);
        long noodles = menu.dish("牛肉面", dishes, "18", "[]", true);
        long egg = menu.dish("卤蛋", dishes, "3", "[]", true);
        long id = menu.setmeal("牛肉面加蛋", setmeals, "20", false, noodles, egg);
        JsonObject setmeal = ok(api.get("/admin/setmeal/" + id, staff)).data().getAsJsonObject();
        JsonArray parts = setmeal.getAsJsonArray("setmealDishes");
        assertEquals(2, parts.size());
        assertEquals("牛肉面", parts.get(0).getAsJsonObject().get("name").getAsString(), "the dish's own name");
        assertEquals(18.0, parts.get(0).getAsJsonObject().get("price").getAsDouble(), "the dish's own price");
        JsonObject row = api.get("/admin/setmeal/page?page=1&pageSize=10&name=牛肉面&categoryId=&status=", staff)
                .data()
                .getAsJsonObject()
                .getAsJsonArray("records")
                .get(0)
                .getAsJsonObject();
        assertEquals("面食套餐", row.get("categoryName").getAsString());
        assertEquals(1, row.get("createUser").getAsLong());

        setmeal.remove("updateTime");
        setmeal.addProperty("idType", setmeals);
        setmeal.getAsJsonArray("setmealDishes").remove(1);
        ok(api.put("/admin/setmeal", setmeal.toString(), staff));
        assertEquals(
                1,
                api.get("/admin/setmeal/" + id, staff)
                        .data()
                        .getAsJsonObject()
                        .getAsJsonArray("setmealDishes")
                        .size());

        ok(api.post("/admin/setmeal/status/1?id=" + id, "", staff));
        assertRefused(admin.delete("/admin/setmeal?ids=" + id, staff), "起售中的套餐不能删除");
        ok(api.post("/admin/setmeal/status/0?id=" + id, "", staff));
        ok(api.delete("/admin/setmeal?ids=" + id, staff));
        assertRefused(admin.get("/admin/setmeal/" + id, staff), "套餐不存在");
        assertRefused(admin.post("/admin/setmeal", """
                {"name":"空套餐","categoryId":%d,"price":"1","status":0,"setmealDishes":[]}""".formatted(setmeals), staff), "setmealDishes必须有1到20个菜品");
        assertRefused(
                admin.post(
                        "/admin/setmeal", """
                {"name":"停售菜套餐","categoryId":%d,"price":"1","status":1,"setmealDishes":[{"dishId":%d,"copies":1}]}""".formatted(setmeals, menu.dish("停售菜", dishes, "1", "[]", false)), staff),
                "套餐内包含未启售菜品，无法启售");
    }

    @Test
    void everyWriteIsStampedWithWhoAndWhen() {
        long category = menu.category("审计", 1);
        long dish = menu.dish("审计菜", category, "1", "[]", true);
        var audit = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT create_user, update_user, "
                                + "TIMESTAMPDIFF(SECOND, update_time, :now) AS off FROM dish WHERE id = :id")
                        .bind("id", dish)
                        .bind("now", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")))
                        .mapToMap()
                        .one());
        assertEquals(1L, ((Number) audit.get("create_user")).longValue());
        assertEquals(1L, ((Number) audit.get("update_user")).longValue());
        assertTrue(Math.abs(((Number) audit.get("off")).longValue()) < 5, "the shop's clock: " + audit);
    }

    @Test
    void theAdminSeesEveryRefusalAsTheTutorialSendsIt() {
        ApiResponse wrongPassword =
                admin.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"wrong\"}");
        assertRefused(wrongPassword, "账号或密码错误");
        assertEquals(
                401,
                api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"wrong\"}")
                        .status(),
                "X-Sky-Status: http keeps the real status");
        ApiResponse noToken = admin.get("/admin/dish/page?page=1&pageSize=10");
        assertEquals(401, noToken.status(), "a missing token is still 401: the admin goes to its login page");
        long order = shop.placePaidOrder(shop.newCustomer());
        assertRefused(admin.put("/admin/order/complete/" + order, "", staff), "订单状态错误");
        assertEquals(409, api.put("/admin/order/complete/" + order, "", staff).status());
        assertEquals(404, admin.get("/admin/no/such/path", staff).status(), "an unknown path is not a refusal");
        // The mini-program's side keeps real statuses (it ignores them anyway).
        assertEquals(
                400, admin.get("/user/dish/list", shop.newCustomer().auth()).status());
    }

    private static void assertRefused(ApiResponse response, String message) {
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, response.code(), response::toString);
        assertEquals(message, response.msg());
        assertNull(response.json().get("data").isJsonNull() ? null : response.data());
    }

    private static java.util.List<String> names(ApiResponse response) {
        java.util.List<String> names = new java.util.ArrayList<>();
        response.data()
                .getAsJsonArray()
                .forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
        return names;
    }
}

package com.skyorders.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compiled mini-program's own requests (mp-weixin/common/vendor.js: utils/request.js and pages/api/api.js), from
 * login to a paid order with a flavoured dish and a set meal, then 再来一单: the paths, headers and bodies its
 * uni.request builds — GET params in the query string, everything else a JSON body, the token in
 * {@code authentication}, success only when {@code code} is 1.
 */
@ExtendWith(SkyOrders.class)
class MiniProgramReplayIT {

    private final TestServer server;
    private String token = "";

    MiniProgramReplayIT(TestServer server) {
        this.server = server;
    }

    @Test
    void fromLoginToAPaidOrderWithAFlavouredDishAndASetMealAndOrderedAgain() throws Exception {
        JsonObject login = call("POST", "/user/user/login", Map.of("code", "mp-" + UUID.randomUUID()))
                .getAsJsonObject();
        token = login.get("token").getAsString();
        assertEquals(1, call("GET", "/user/shop/status", null).getAsInt());

        // The index page: every category, then dishes for type 1 and set meals for type 2.
        JsonArray categories = call("GET", "/user/category/list", null).getAsJsonArray();
        assertTrue(find(categories, "name", "蜀味牛蛙").get("type").getAsInt() == 1);
        JsonObject frog =
                find(call("GET", "/user/dish/list", Map.of("categoryId", 17)).getAsJsonArray(), "name", "香锅牛蛙");
        assertTrue(frog.get("image").getAsString().startsWith("http"), "an absolute image URL the phone can load");
        assertEquals(200, fetch(frog.get("image").getAsString()), "and it loads");

        // 选规格: each flavour starts on its first option; tapping 重辣 moves it to the end (checkMoreNormPop).
        List<String> picked = new ArrayList<>();
        for (JsonElement flavor : frog.getAsJsonArray("flavors")) {
            picked.add(
                    JsonParser.parseString(flavor.getAsJsonObject().get("value").getAsString())
                            .getAsJsonArray()
                            .get(0)
                            .getAsString());
        }
        assertEquals(List.of("微辣", "不要葱"), picked);
        picked.remove("微辣");
        picked.add("重辣");
        Map<String, Object> flavoured = new LinkedHashMap<>();
        flavoured.put("dishFlavor", String.join(",", picked));
        flavoured.put("dishId", frog.get("id").getAsLong());
        call("POST", "/user/shoppingCart/add", flavoured);

        JsonObject combo =
                find(call("GET", "/user/setmeal/list", Map.of("categoryId", 13)).getAsJsonArray(), "name", "单人套餐A");
        JsonArray comboDishes = call(
                        "GET", "/user/setmeal/dish/" + combo.get("id").getAsLong(), null)
                .getAsJsonArray();
        assertEquals("宫保鸡丁", comboDishes.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(1, comboDishes.get(0).getAsJsonObject().get("copies").getAsInt());
        call(
                "POST",
                "/user/shoppingCart/add",
                Map.of("setmealId", combo.get("id").getAsLong()));
        call(
                "POST",
                "/user/shoppingCart/add",
                Map.of("setmealId", combo.get("id").getAsLong()));
        Map<String, Object> rice = new LinkedHashMap<>();
        rice.put("dishFlavor", null);
        rice.put("dishId", 49);
        call("POST", "/user/shoppingCart/add", rice);

        JsonArray cart = call("GET", "/user/shoppingCart/list", null).getAsJsonArray();
        assertEquals(3, cart.size(), cart::toString);
        assertEquals(
                "重辣,不要葱",
                find(cart, "name", "香锅牛蛙").get("dishFlavor").getAsString(),
                "stored in the dish's flavour order");
        assertEquals(2, find(cart, "name", "单人套餐A").get("number").getAsInt());

        // The order page: its address, then submit with the amount it computes (6 delivery + 1 per item hard-coded).
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("provinceCode", "11");
        address.put("cityCode", "1101");
        address.put("districtCode", "110108");
        address.put("provinceName", "北京市");
        address.put("cityName", "市辖区");
        address.put("districtName", "海淀区");
        address.put("phone", "13800000000");
        address.put("consignee", "小程序");
        address.put("sex", "0");
        address.put("label", 1);
        address.put("detail", "中关村1号");
        call("POST", "/user/addressBook", address);
        long addressId = call("GET", "/user/addressBook/list", null)
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsLong();
        double dishes = 0;
        int items = 0;
        for (JsonElement line : cart) {
            dishes += line.getAsJsonObject().get("number").getAsInt()
                    * line.getAsJsonObject().get("amount").getAsDouble();
            items += line.getAsJsonObject().get("number").getAsInt();
        }
        Map<String, Object> submit = new LinkedHashMap<>();
        submit.put("payMethod", 1);
        submit.put("addressBookId", addressId);
        submit.put("remark", "");
        submit.put(
                "estimatedDeliveryTime",
                LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                        .plusHours(1)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        submit.put("deliveryStatus", 1);
        submit.put("tablewareStatus", 1);
        submit.put("tablewareNumber", 0);
        submit.put("packAmount", items);
        submit.put("amount", dishes + 6 + items);
        JsonObject order = call("POST", "/user/order/submit", submit).getAsJsonObject();
        assertEquals(88 + 2 * 36 + 2 + 6 + 4, order.get("orderAmount").getAsDouble(), 0.001);
        call(
                "PUT",
                "/user/order/payment",
                Map.of("orderNumber", order.get("orderNumber").getAsString(), "payMethod", 1));

        long orderId = order.get("id").getAsLong();
        JsonObject detail =
                call("GET", "/user/order/orderDetail/" + orderId, null).getAsJsonObject();
        assertEquals(2, detail.get("status").getAsInt(), "paid: 待接单");
        JsonArray lines = detail.getAsJsonArray("orderDetailList");
        assertEquals("重辣,不要葱", find(lines, "name", "香锅牛蛙").get("dishFlavor").getAsString());
        assertEquals(
                combo.get("id").getAsLong(),
                find(lines, "name", "单人套餐A").get("setmealId").getAsLong());

        // 我的 → 再来一单: clean the cart, then repetition copies every line, flavour and set meal included.
        call("DELETE", "/user/shoppingCart/clean", null);
        call("POST", "/user/order/repetition/" + orderId, orderId);
        JsonArray again = call("GET", "/user/shoppingCart/list", null).getAsJsonArray();
        assertEquals(3, again.size(), again::toString);
        assertEquals("重辣,不要葱", find(again, "name", "香锅牛蛙").get("dishFlavor").getAsString());
        assertEquals(2, find(again, "name", "单人套餐A").get("number").getAsInt());

        // The cart popup's minus: the line's own dishFlavor, then a set meal's id.
        Map<String, Object> minus = new LinkedHashMap<>();
        minus.put("dishFlavor", "重辣,不要葱");
        minus.put("dishId", frog.get("id").getAsLong());
        call("POST", "/user/shoppingCart/sub", minus);
        call(
                "POST",
                "/user/shoppingCart/sub",
                Map.of("setmealId", combo.get("id").getAsLong()));
        JsonArray after = call("GET", "/user/shoppingCart/list", null).getAsJsonArray();
        assertEquals(2, after.size(), after::toString);
        assertEquals(1, find(after, "name", "单人套餐A").get("number").getAsInt());
    }

    @Test
    void aFlavourMustBeOneOptionOfEachOfTheDishsFlavours() throws Exception {
        token = call("POST", "/user/user/login", Map.of("code", "mp-" + UUID.randomUUID()))
                .getAsJsonObject()
                .get("token")
                .getAsString();
        assertRefused(Map.of("dishId", 65, "dishFlavor", "重辣,微辣"), "dishFlavor辣度只能选一种");
        assertRefused(Map.of("dishId", 65, "dishFlavor", "重辣,不要葱,特辣"), "dishFlavor不是该菜品的口味：特辣");
        assertRefused(Map.of("dishId", 65, "dishFlavor", "重辣"), "dishFlavor请选择忌口");
        assertRefused(Map.of("dishId", 51, "dishFlavor", ""), "dishFlavor请选择口味");
        assertRefused(Map.of("dishId", 49, "dishFlavor", "微辣"), "dishFlavor该菜品没有可选口味");
        assertRefused(Map.of("setmealId", 999_999), "套餐不存在");
        assertRefused(Map.of("dishId", 49, "setmealId", 1), "dishId和setmealId必须有且只有一个");
    }

    private void assertRefused(Map<String, Object> body, String message) throws Exception {
        JsonObject answer = send("POST", "/user/shoppingCart/add", body);
        assertEquals(0, answer.get("code").getAsInt(), answer::toString);
        assertEquals(message, answer.get("msg").getAsString());
    }

    /** One uni.request; returns {@code data}, failing unless {@code code} is 1 (the request util's resolve). */
    private JsonElement call(String method, String url, Object params) throws Exception {
        JsonObject answer = send(method, url, params);
        assertEquals(1, answer.get("code").getAsInt(), () -> method + " " + url + ": " + answer);
        return answer.get("data");
    }

    private JsonObject send(String method, String url, Object params) throws Exception {
        String target = server.baseUrl() + url;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (method.equals("GET") && params instanceof Map<?, ?> query) {
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&")
                    .append(k)
                    .append('=')
                    .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
            target += q;
        } else if (params != null) {
            body = HttpRequest.BodyPublishers.ofString(
                    new com.google.gson.GsonBuilder().serializeNulls().create().toJson(params));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .header("Accept", "application/json")
                .header("Access-Control-Allow-Origin", "*")
                .header("Content-Type", "application/json")
                .header("authentication", token)
                .method(method, body)
                .build();
        HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private int fetch(String url) throws Exception {
        return server.http()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static JsonObject find(JsonArray array, String field, String value) {
        for (JsonElement e : array) {
            if (e.getAsJsonObject().get(field).getAsString().equals(value)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}

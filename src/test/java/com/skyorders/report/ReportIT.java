package com.skyorders.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 数据统计 and 工作台 against seeded orders and users with known answers, the stock admin's wire format. */
@ExtendWith(SkyOrders.class)
class ReportIT {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String[] staff;
    private long orderSeq = 1;

    ReportIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void seed() {
        staff = shop.staff();
        // March 2020 in the shop's zone: 03-01 23:59 and 03-02 00:01 are different days.
        order("2020-03-01T23:59:00", 5, "30.00", "宫保鸡丁", 2);
        order("2020-03-02T00:01:00", 5, "12.50", "米饭", 5);
        order("2020-03-02T12:00:00", 6, "99.00", "宫保鸡丁", 9); // cancelled: never turnover, never sold
        order("2020-03-02T13:00:00", 2, "20.00", "酸梅汤", 1); // not completed: counted, not valid
        order("2020-03-03T10:00:00", 5, "40.00", "北冰洋", 5); // ties 米饭 on 5: names break the tie
        user("2020-02-28T10:00:00");
        user("2020-03-01T00:00:00");
        user("2020-03-02T23:59:59");
        user("2020-03-02T08:00:00");
    }

    @Test
    void turnoverCountsCompletedOrdersPerShopDay() {
        JsonObject data = get("/admin/report/turnoverStatistics?begin=2020-03-01&end=2020-03-04");
        assertEquals(
                "2020-03-01,2020-03-02,2020-03-03,2020-03-04",
                data.get("dateList").getAsString());
        assertEquals("30.00,12.50,40.00,0.00", data.get("turnoverList").getAsString());
    }

    @Test
    void ordersAreAllOrdersAndValidOnesAreCompleted() {
        JsonObject data = get("/admin/report/ordersStatistics?begin=2020-03-01&end=2020-03-03");
        assertEquals("1,3,1", data.get("orderCountList").getAsString());
        assertEquals("1,1,1", data.get("validOrderCountList").getAsString());
        assertEquals(5, data.get("totalOrderCount").getAsInt());
        assertEquals(3, data.get("validOrderCount").getAsInt());
        assertEquals(0.6, data.get("orderCompletionRate").getAsDouble(), 1e-9);
    }

    @Test
    void usersAreNewPerDayAndRunningTotals() {
        JsonObject data = get("/admin/report/userStatistics?begin=2020-03-01&end=2020-03-03");
        assertEquals("2020-03-01,2020-03-02,2020-03-03", data.get("dateList").getAsString());
        assertEquals("1,2,0", data.get("newUserList").getAsString());
        assertEquals("2,4,4", data.get("totalUserList").getAsString());
    }

    @Test
    void topTenRanksPortionsSoldInCompletedOrdersWithTiesByName() {
        JsonObject data = get("/admin/report/top10?begin=2020-03-01&end=2020-03-31");
        assertEquals("北冰洋,米饭,宫保鸡丁", data.get("nameList").getAsString());
        assertEquals("5,5,2", data.get("numberList").getAsString());
    }

    @Test
    void rangesAreValidatedNamingTheParameter() {
        assertRefused("/admin/report/turnoverStatistics?begin=2020-03-05&end=2020-03-01", "end");
        assertRefused("/admin/report/turnoverStatistics?begin=2020-01-01&end=2021-01-01", "end");
        assertRefused("/admin/report/ordersStatistics?begin=2020-3-1&end=2020-03-01", "begin");
        assertRefused("/admin/report/userStatistics?end=2020-03-01", "begin");
        assertRefused("/admin/report/top10?begin=2020-03-01", "end");
        assertEquals(
                200,
                api.get("/admin/report/turnoverStatistics?begin=2020-01-01&end=2020-12-31", staff)
                        .status(),
                "366 days (a leap year) is allowed");
        assertEquals(
                401,
                api.get("/admin/report/top10?begin=2020-03-01&end=2020-03-02").status());
    }

    @Test
    void theWorkspaceShowsToday() {
        shop.newCustomer();
        LocalDateTime now = LocalDateTime.now(SHOP);
        order(now.withHour(0).withMinute(0).withSecond(30).toString(), 5, "50.00", "宫保鸡丁", 1);
        order(now.withHour(0).withMinute(1).toString(), 5, "25.00", "米饭", 1);
        order(now.withHour(0).withMinute(2).toString(), 2, "10.00", "米饭", 1);
        order(now.withHour(0).withMinute(3).toString(), 3, "10.00", "米饭", 1);
        order(now.withHour(0).withMinute(4).toString(), 6, "10.00", "米饭", 1);
        order(now.minusDays(1).withHour(23).withMinute(59).toString(), 5, "999.00", "米饭", 1);
        JsonObject business = get("/admin/workspace/businessData");
        assertEquals(75.0, business.get("turnover").getAsDouble(), 1e-9);
        assertEquals(2, business.get("validOrderCount").getAsInt());
        assertEquals(0.4, business.get("orderCompletionRate").getAsDouble(), 1e-9);
        assertEquals(37.5, business.get("unitPrice").getAsDouble(), 1e-9);
        assertTrue(business.get("newUsers").getAsInt() >= 1, "the customers the tests created today");
        JsonObject orders = get("/admin/workspace/overviewOrders");
        assertEquals(1, orders.get("waitingOrders").getAsInt());
        assertEquals(1, orders.get("deliveredOrders").getAsInt());
        assertEquals(2, orders.get("completedOrders").getAsInt());
        assertEquals(1, orders.get("cancelledOrders").getAsInt());
        assertEquals(5, orders.get("allOrders").getAsInt());
        JsonObject dishes = get("/admin/workspace/overviewDishes");
        int onSale = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM dish WHERE status = 1")
                        .mapTo(Integer.class)
                        .one());
        assertEquals(onSale, dishes.get("sold").getAsInt());
        assertEquals(1, dishes.get("discontinued").getAsInt());
        JsonObject setmeals = get("/admin/workspace/overviewSetmeals");
        // The demo shop's two set meals, both on sale; one stopped is counted as such.
        assertEquals(2, setmeals.get("sold").getAsInt());
        assertEquals(0, setmeals.get("discontinued").getAsInt());
        server.jdbi().useHandle(h -> h.execute("UPDATE setmeal SET status = 0 WHERE id = 2"));
        setmeals = get("/admin/workspace/overviewSetmeals");
        assertEquals(1, setmeals.get("sold").getAsInt());
        assertEquals(1, setmeals.get("discontinued").getAsInt());
    }

    @Test
    void theExportIsTheLastThirtyDaysWithTheApisNumbers() throws Exception {
        LocalDate today = LocalDate.now(SHOP);
        order(today.minusDays(1).atTime(12, 0).toString(), 5, "88.80", "宫保鸡丁", 3);
        order(today.minusDays(2).atTime(23, 59).toString(), 5, "11.20", "米饭", 1);
        order(today.minusDays(2).atTime(9, 0).toString(), 6, "50.00", "米饭", 1);
        order(today.atTime(0, 1).toString(), 5, "70.00", "米饭", 1); // today: not in the report
        HttpResponse<byte[]> export = server.http()
                .send(
                        api.request("/admin/report/export", staff).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String disposition = export.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.startsWith("attachment;")
                        && disposition.contains("filename*=UTF-8''%E8%BF%90")
                        && disposition.contains(".xlsx"),
                disposition);
        JsonObject api30 =
                get("/admin/report/turnoverStatistics?begin=" + today.minusDays(30) + "&end=" + today.minusDays(1));
        List<String> dates = List.of(api30.get("dateList").getAsString().split(","));
        List<String> turnovers = List.of(api30.get("turnoverList").getAsString().split(","));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheet("运营数据报表");
            assertEquals("运营数据报表", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(
                    "时间：" + today.minusDays(30) + "至" + today.minusDays(1),
                    sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("营业额", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals(100.0, sheet.getRow(3).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(2.0 / 3, sheet.getRow(3).getCell(4).getNumericCellValue(), 1e-4);
            assertEquals(2, (int) sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals(50.0, sheet.getRow(4).getCell(4).getNumericCellValue(), 1e-9);
            Row header = sheet.getRow(6);
            assertEquals(
                    List.of("日期", "营业额", "有效订单", "订单完成率", "平均客单价", "新增用户"),
                    List.of(1, 2, 3, 4, 5, 6).stream()
                            .map(c -> header.getCell(c).getStringCellValue())
                            .toList());
            for (int i = 0; i < 30; i++) {
                Row day = sheet.getRow(7 + i);
                assertEquals(dates.get(i), day.getCell(1).getStringCellValue());
                assertEquals(
                        Double.parseDouble(turnovers.get(i)), day.getCell(2).getNumericCellValue(), 1e-9);
            }
            assertEquals(null, sheet.getRow(37));
        }
    }

    private JsonObject get(String path) {
        ApiResponse response = api.get(path, staff);
        assertEquals(200, response.status(), response::toString);
        return response.data().getAsJsonObject();
    }

    private void assertRefused(String path, String parameter) {
        ApiResponse response = api.get(path, staff);
        assertEquals(400, response.status(), response::toString);
        assertTrue(response.msg().startsWith(parameter), response::toString);
    }

    /**
     * An order placed at a shop wall-clock time, with one line. A completed one is delivered first and completed
     * through the API, as the shop does, so its sales are counted the way they are in production.
     */
    private void order(String time, int status, String amount, String dish, int number) {
        long id = server.jdbi().withHandle(h -> {
            long created = h.createUpdate("INSERT INTO orders (number, status, user_id, address_book_id, order_time, "
                            + "pay_method, pay_status, amount, phone, address, consignee) VALUES (:number, :status, 1, 1, "
                            + ":time, 1, 1, :amount, '13800000000', 'x', 'y')")
                    .bind("number", "R" + System.nanoTime() + "-" + orderSeq++)
                    .bind("status", status == 5 ? 4 : status)
                    .bind("time", LocalDateTime.parse(time))
                    .bind("amount", new java.math.BigDecimal(amount))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute(
                    "INSERT INTO order_detail (name, order_id, dish_id, number, amount) VALUES (?, ?, 66, ?, 1.00)",
                    dish,
                    created,
                    number);
            return created;
        });
        if (status == 5) {
            assertEquals(200, api.put("/admin/order/complete/" + id, "", staff).status());
        }
    }

    private void user(String created) {
        server.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO user (openid, name, create_time) VALUES (?, 'seed', ?)",
                        "seed-" + System.nanoTime(),
                        LocalDateTime.parse(created)));
    }
}

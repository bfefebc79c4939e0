package com.skyorders.menu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Browser;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.StockAdminBrowser;
import com.skyorders.testing.TestServer;
import com.skyorders.testing.TutorialNginx;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The menu's "real clients" proof: the tutorial's compiled admin ({@code ../shared/clients/sky-admin}, unmodified),
 * served by a real nginx from the tutorial's own nginx.conf ({@code /api/} → our {@code /admin/}, {@code /ws/} → our
 * socket), runs the shop's menu against us in Chromium, through its own forms: a category added and enabled, a dish
 * with two flavours and an uploaded image put on sale, a set meal with it put on sale, both counted on 工作台, and the
 * category's deletion refused with the tutorial's message shown in the page — with no request answered 4xx or 5xx
 * on the way (nginx's access log says so).
 *
 * <p>The bundle hard-codes {@code ws://localhost/ws/…} and the relative {@code /api/}, so the page is opened as
 * {@code http://localhost/}, which Chromium maps to nginx's free port (--host-resolver-rules). The clients folder is
 * found through {@code -Dsky.clients=/path} (default {@code ../shared/clients}); without it the test is skipped, and
 * fails in CI (environment variable {@code CI} set).
 */
@ExtendWith(SkyOrders.class)
class StockAdminMenuBrowserIT extends StockAdminBrowser {

    private static final String ADD_FORM = "//div[contains(@class,'addBrand-container')]";
    private static final String DISH_CATEGORY = "浏览器热菜";
    private static final String SETMEAL_CATEGORY = "浏览器套餐";
    private static final String DISH = "浏览器宫保鸡丁";
    private static final String SETMEAL = "浏览器单人餐";

    StockAdminMenuBrowserIT(TestServer server) {
        super(server);
    }

    @Test
    void aShopOwnerRunsTheMenuFromTheTutorialsAdmin() throws Exception {
        inTheBrowser("stock-admin-menu-failed", this::runTheMenu);
    }

    private void runTheMenu() throws Exception {
        byte[] dishPng = ImageUploadIT.image("png", 200, 200);
        byte[] setmealPng = ImageUploadIT.image("png", 300, 300);
        Path dishImage =
                Files.write(Files.createDirectories(Path.of("target", "it")).resolve("dish.png"), dishPng);
        Path setmealImage = Files.write(Path.of("target", "it", "setmeal.png"), setmealPng);

        // Log in on its login page; it lands on 工作台, whose overview counts we note.
        browser.get(ADMIN);
        logIn("admin", "123456");
        int dishesOnSale = overviewCount("菜品总览");
        int setmealsOnSale = overviewCount("套餐总览");

        // 分类管理: a dish category and a set-meal category, each added (禁用 at first) and enabled.
        menu("分类管理");
        addCategory("+ 新增菜品分类", DISH_CATEGORY);
        addCategory("+ 新增套餐分类", SETMEAL_CATEGORY);

        // 菜品管理: a dish in the new category, with two flavours from its flavour editor and an uploaded image.
        menu("菜品管理");
        click(button("+ 新建菜品"));
        // The list page has a filter with the same placeholder: type into the add form's.
        type(By.xpath(ADD_FORM + "//input[@placeholder='请填写菜品名称']"), DISH);
        choose("请选择菜品分类", DISH_CATEGORY);
        type(By.xpath("//input[@placeholder='请设置菜品价格']"), "32.5");
        click(By.xpath("//span[contains(@class,'addBut')][normalize-space(.)='+ 添加口味']"));
        chooseFlavour(0, "辣度");
        click(By.xpath("//div[contains(@class,'addBut')][normalize-space(.)='添加口味']"));
        chooseFlavour(1, "忌口");
        upload(dishImage);
        type(By.xpath("//textarea[@placeholder='菜品描述，最长200字']"), "花生米脆，辣而不燥");
        click(button("保存"));
        message("菜品添加成功！");

        // Back on the list (the admin routes there itself): find it, see its image, put it on sale (起售).
        search("请填写菜品名称", DISH);
        assertTrue(
                hasRowButton(DISH, "启售"),
                () -> "a new dish starts 停售: " + row(DISH).getText());
        waitFor("the dish's image to load in the list", () -> (Boolean) browser.executeScript(
                "const img = arguments[0].querySelector('img.el-image__inner');"
                        + " return !!img && img.complete && img.naturalWidth === 200;",
                row(DISH)));
        click(rowButton(DISH, "启售"));
        confirm("确定");
        message("菜品状态已经更改成功！");
        waitFor("the dish on sale", () -> row(DISH).getText().contains("启售") && hasRowButton(DISH, "停售"));
        settle();
        Browser.screenshot(browser, "stock-admin-dish");

        // 套餐管理: a set meal in the set-meal category containing the dish (its 添加菜品 dialog), then on sale.
        menu("套餐管理");
        click(button("+ 新建套餐"));
        type(By.xpath(ADD_FORM + "//input[@placeholder='请填写套餐名称']"), SETMEAL);
        choose("请选择套餐分类", SETMEAL_CATEGORY);
        type(By.xpath("//input[@placeholder='请设置套餐价格']"), "39");
        click(By.xpath("//span[contains(@class,'addBut')][normalize-space(.)='+ 添加菜品']"));
        click(By.xpath("//div[contains(@class,'tabBut')]/span[normalize-space(.)='" + DISH_CATEGORY + "']"));
        click(By.xpath("//label[contains(@class,'el-checkbox')][.//span[normalize-space(.)='" + DISH + "']]"));
        click(button("添 加"));
        visible(By.xpath("//div[contains(@class,'addDish')]//td[normalize-space(.)='" + DISH + "']"));
        upload(setmealImage);
        click(button("保存"));
        message("套餐添加成功！");
        search("请填写套餐名称", SETMEAL);
        assertTrue(
                hasRowButton(SETMEAL, "启售"),
                () -> "a new set meal starts 停售: " + row(SETMEAL).getText());
        click(rowButton(SETMEAL, "启售"));
        confirm("确定");
        message("套餐状态已经更改成功！");
        waitFor("the set meal on sale", () -> row(SETMEAL).getText().contains("启售") && hasRowButton(SETMEAL, "停售"));
        settle();
        Browser.screenshot(browser, "stock-admin-setmeal");

        // 工作台: one more dish and one more set meal 已启售.
        menu("工作台");
        waitFor("工作台 to count the new dish", () -> overviewCount("菜品总览") == dishesOnSale + 1);
        waitFor("工作台 to count the new set meal", () -> overviewCount("套餐总览") == setmealsOnSale + 1);

        // 分类管理: deleting the dish's category is refused, and the page says why (alone, once earlier messages are gone).
        menu("分类管理");
        search("请填写分类名称", DISH_CATEGORY);
        waitFor(
                "earlier messages to close",
                () -> browser.findElements(By.className("el-message")).isEmpty());
        click(rowButton(DISH_CATEGORY, "删除"));
        confirm("删除");
        message("当前分类关联了菜品,不能删除");
        settle();
        Browser.screenshot(browser, "stock-admin-category-refused");

        // Every request nginx proxied or served (the socket's upgrade among them) answered below 400.
        List<TutorialNginx.Request> requests = closeAndAssertNoFailures();
        for (String call : new String[] {
            "POST /api/employee/login",
            "POST /api/category",
            "POST /api/category/status/1",
            "POST /api/common/upload",
            "POST /api/dish",
            "POST /api/dish/status/1",
            "POST /api/setmeal",
            "POST /api/setmeal/status/1",
            "GET /api/workspace/overviewDishes",
            "GET /api/workspace/overviewSetmeals",
            "DELETE /api/category"
        }) {
            assertTrue(
                    requests.stream().anyMatch(r -> (r.method() + " " + r.uri()).startsWith(call) && r.status() == 200),
                    () -> call + " was not answered 200:\n" + join(requests));
        }

        // What the shop saved.
        Map<String, Object> dish = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT d.id, d.status, d.price, d.image, c.name AS category, c.status AS categoryStatus"
                                        + " FROM dish d JOIN category c ON c.id = d.category_id WHERE d.name = :name")
                        .bind("name", DISH)
                        .mapToMap()
                        .one());
        assertEquals(1, ((Number) dish.get("status")).intValue());
        assertEquals(0, new java.math.BigDecimal("32.50").compareTo((java.math.BigDecimal) dish.get("price")));
        assertEquals(DISH_CATEGORY, dish.get("category"));
        assertEquals(1, ((Number) dish.get("categorystatus")).intValue());
        long dishId = ((Number) dish.get("id")).longValue();
        Map<String, String> flavours = server
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT name, value FROM dish_flavor WHERE dish_id = :id")
                        .bind("id", dishId)
                        .mapToMap()
                        .list())
                .stream()
                .collect(Collectors.toMap(m -> (String) m.get("name"), m -> (String) m.get("value")));
        assertEquals(
                Map.of("辣度", "[\"不辣\",\"微辣\",\"中辣\",\"重辣\"]", "忌口", "[\"不要葱\",\"不要蒜\",\"不要香菜\",\"不要辣\"]"), flavours);
        HttpResponse<byte[]> image = server.http()
                .send(
                        HttpRequest.newBuilder(URI.create((String) dish.get("image")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode(), () -> "the dish's image " + dish.get("image"));
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(dishPng, image.body());

        Map<String, Object> setmeal = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT s.id, s.status, s.image, c.name AS category FROM setmeal s"
                                + " JOIN category c ON c.id = s.category_id WHERE s.name = :name")
                        .bind("name", SETMEAL)
                        .mapToMap()
                        .one());
        assertEquals(1, ((Number) setmeal.get("status")).intValue());
        assertEquals(SETMEAL_CATEGORY, setmeal.get("category"));
        assertTrue(((String) setmeal.get("image")).endsWith(".png"), (String) setmeal.get("image"));
        List<Map<String, Object>> contents = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT dish_id, name, copies FROM setmeal_dish WHERE setmeal_id = :id")
                        .bind("id", ((Number) setmeal.get("id")).longValue())
                        .mapToMap()
                        .list());
        assertEquals(1, contents.size(), contents::toString);
        assertEquals(dishId, ((Number) contents.get(0).get("dish_id")).longValue());
        assertEquals(1, ((Number) contents.get(0).get("copies")).intValue());
        int categories = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM category WHERE name = :name")
                        .bind("name", DISH_CATEGORY)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(1, categories, "the refused category is still there");
    }

    // ---- the admin's own UI, as a shop owner uses it

    private void addCategory(String addButton, String name) {
        click(button(addButton));
        type(By.xpath("//input[@placeholder='请输入分类名称']"), name);
        type(By.xpath("//input[@placeholder='请输入排序']"), "1");
        click(button("确 定"));
        message("分类添加成功！");
        search("请填写分类名称", name);
        waitFor("the new category 禁用", () -> row(name).getText().contains("禁用") && hasRowButton(name, "启用"));
        click(rowButton(name, "启用"));
        confirm("确定");
        message("分类状态更改成功！");
        waitFor("the category 启用", () -> hasRowButton(name, "禁用"));
    }

    /** The dish page's flavour editor: row {@code index}'s 请选择口味 opens its own list of the flavours left. */
    private void chooseFlavour(int index, String flavour) {
        By input = By.xpath("(//div[contains(@class,'selectInput')])[" + (index + 1) + "]//input");
        click(input);
        click(By.xpath("(//div[contains(@class,'selectInput')])[" + (index + 1)
                + "]//div[contains(@class,'flavorSelect')]/span[normalize-space(.)='" + flavour + "']"));
        waitFor("flavour " + flavour, () -> flavour.equals(visible(input).getAttribute("value")));
    }

    /** el-upload's hidden file input, as a file chooser would fill it; waits for the preview the upload answers. */
    private void upload(Path png) {
        browser.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(png.toAbsolutePath().toString());
        waitFor(
                "the uploaded image's preview",
                () -> (Boolean)
                        browser.executeScript(
                                "const img = document.querySelector('.avatar-uploader img.avatar');"
                                        + " return !!img && img.src.startsWith('http') && img.complete && img.naturalWidth > 0;"));
    }

    private int overviewCount(String title) {
        By sold = By.xpath("//h2[contains(normalize-space(.),'" + title + "')]/following-sibling::div//li[1]/span["
                + "contains(@class,'num')]");
        return waiter().until(d -> {
            String text = visible(sold).getText().trim();
            return text.matches("\\d+") ? Integer.valueOf(text) : null;
        });
    }
}

package com.skyorders.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Browser;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.StockAdminBrowser;
import com.skyorders.testing.TestServer;
import com.skyorders.testing.TutorialNginx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The tutorial's compiled admin (unmodified, behind the tutorial's nginx.conf: see {@link StockAdminBrowser}) runs
 * 员工管理 and 修改密码 against us in Chromium, through its own forms: an employee added, found by name, renamed,
 * 禁用 and 启用 again; then the navbar's 修改密码 as admin, first with a wrong old password (the page shows
 * {@code 原密码错误} and stays signed in: we answer 200 with code 0, never a 401 that would send it to its login page),
 * then for real, and the new password signs in again — with no request through nginx answered 4xx or 5xx.
 */
@ExtendWith(SkyOrders.class)
class StockAdminStaffBrowserIT extends StockAdminBrowser {

    private static final String ADD_FORM = "//div[contains(@class,'addBrand-container')]";
    private static final String PASSWORD_DIALOG = "//div[contains(@class,'pwdCon')]";
    private static final String USERNAME = "clerk01";
    private static final String NAME = "浏览器店员";
    private static final String RENAMED = "浏览器收银员";
    private static final String NEW_PASSWORD = "abc12345";

    StockAdminStaffBrowserIT(TestServer server) {
        super(server);
    }

    @Test
    void theAdministratorManagesStaffAndChangesItsPasswordFromTheTutorialsAdmin() throws Exception {
        // resetData leaves passwords alone: whatever happens here, admin is back on 123456 for the next test.
        String adminHash = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT password FROM employee WHERE id = 1")
                        .mapTo(String.class)
                        .one());
        try {
            inTheBrowser("stock-admin-staff-failed", () -> runStaff(adminHash));
        } finally {
            server.jdbi()
                    .useHandle(h -> h.createUpdate("UPDATE employee SET password = :hash WHERE id = 1")
                            .bind("hash", adminHash)
                            .execute());
        }
    }

    private void runStaff(String adminHash) throws Exception {
        browser.get(ADMIN);
        logIn("admin", "123456");
        waitFor("工作台", () -> browser.getCurrentUrl().endsWith("#/dashboard"));

        // 员工管理 → + 添加员工: the add form, 保存, back on the list, found by name, 启用 (its button says 禁用).
        menu("员工管理");
        waitFor("the staff list", () -> browser.getCurrentUrl().endsWith("#/employee"));
        click(button("+ 添加员工"));
        waitFor("the add form", () -> browser.getCurrentUrl().endsWith("#/employee/add"));
        type(By.xpath(ADD_FORM + "//input[@placeholder='请输入账号']"), USERNAME);
        type(By.xpath(ADD_FORM + "//input[@placeholder='请输入员工姓名']"), NAME);
        type(By.xpath(ADD_FORM + "//input[@placeholder='请输入手机号']"), "13812345678");
        click(By.xpath(ADD_FORM + "//label[contains(@class,'el-radio')][normalize-space(.)='女']"));
        type(By.xpath(ADD_FORM + "//input[@placeholder='请输入身份证号']"), "11010119900307123X");
        click(By.xpath(ADD_FORM + "//button[normalize-space(.)='保存']"));
        message("员工添加成功！");
        waitFor("the staff list again", () -> browser.getCurrentUrl().endsWith("#/employee"));
        search("请输入员工姓名", NAME);
        waitFor(
                "the new employee 启用",
                () -> row(NAME).getText().contains(USERNAME)
                        && row(NAME).getText().contains("13812345678")
                        && row(NAME).getText().contains("启用")
                        && hasRowButton(NAME, "禁用"));
        settle();
        Browser.screenshot(browser, "stock-admin-employee");

        // 修改: the form filled from GET /employee/{id}, the name changed, 保存 (PUT of the whole form).
        click(rowButton(NAME, "修改"));
        By username = By.xpath(ADD_FORM + "//input[@placeholder='请输入账号']");
        waitFor("the form filled", () -> USERNAME.equals(visible(username).getAttribute("value")));
        assertTrue(visible(By.xpath(ADD_FORM + "//label[contains(@class,'is-checked')][normalize-space(.)='女']"))
                .isDisplayed());
        type(By.xpath(ADD_FORM + "//input[@placeholder='请输入员工姓名']"), RENAMED);
        click(By.xpath(ADD_FORM + "//button[normalize-space(.)='保存']"));
        message("员工信息修改成功！");
        waitFor("the staff list again", () -> browser.getCurrentUrl().endsWith("#/employee"));
        search("请输入员工姓名", RENAMED);

        // 禁用, then 启用 again, each through its confirm box.
        click(rowButton(RENAMED, "禁用"));
        confirm("确定");
        message("账号状态更改成功！");
        waitFor(
                "the employee 禁用",
                () -> hasRowButton(RENAMED, "启用") && row(RENAMED).getText().contains("禁用"));
        waitFor(
                "earlier messages to close",
                () -> browser.findElements(By.className("el-message")).isEmpty());
        click(rowButton(RENAMED, "启用"));
        confirm("确定");
        message("账号状态更改成功！");
        waitFor(
                "the employee 启用",
                () -> hasRowButton(RENAMED, "禁用") && row(RENAMED).getText().contains("启用"));

        // 修改密码 (the navbar's user menu) with a wrong old password: the admin shows our 原密码错误 and stays here.
        String page = browser.getCurrentUrl();
        changePassword("wrong999", NEW_PASSWORD);
        message("原密码错误");
        assertEquals(page, browser.getCurrentUrl(), "still on the staff list, not sent to the login page");
        visible(By.xpath("//div[contains(@class,'avatar-wrapper')]//button"));
        search("请输入员工姓名", RENAMED);
        waitFor(
                "earlier messages to close",
                () -> browser.findElements(By.className("el-message")).isEmpty());

        // Now for real; then 退出登录, and the new password signs in (to 工作台).
        changePassword("123456", NEW_PASSWORD);
        message("密码修改成功");
        assertEquals(page, browser.getCurrentUrl());
        userMenu("退出登录");
        waitFor("the login page", () -> browser.getCurrentUrl().endsWith("#/login"));
        logIn("admin", NEW_PASSWORD);
        waitFor("工作台", () -> browser.getCurrentUrl().endsWith("#/dashboard"));
        visible(By.xpath("//li[contains(@class,'el-menu-item') and contains(@class,'is-active')]"
                + "[normalize-space(.)='工作台']"));

        List<TutorialNginx.Request> requests = closeAndAssertNoFailures();
        for (String call : new String[] {
            "GET /api/employee/page",
            "POST /api/employee ",
            "GET /api/employee/",
            "PUT /api/employee ",
            "POST /api/employee/status/0",
            "POST /api/employee/status/1",
            "PUT /api/employee/editPassword",
            "POST /api/employee/logout"
        }) {
            assertTrue(
                    requests.stream()
                            .anyMatch(r -> (r.method() + " " + r.uri() + " ").startsWith(call) && r.status() == 200),
                    () -> call + " was not answered 200:\n" + join(requests));
        }
        assertEquals(
                2,
                requests.stream()
                        .filter(r -> r.uri().startsWith("/api/employee/login") && r.status() == 200)
                        .count(),
                () -> join(requests));

        // What the shop saved: the employee renamed and enabled, admin's password changed (and usable over the API).
        Map<String, Object> clerk = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT name, phone, sex, id_number, status FROM employee WHERE username = :username")
                        .bind("username", USERNAME)
                        .mapToMap()
                        .one());
        assertEquals(RENAMED, clerk.get("name"));
        assertEquals("13812345678", clerk.get("phone"));
        assertEquals("0", String.valueOf(clerk.get("sex")));
        assertEquals("11010119900307123X", clerk.get("id_number"));
        assertEquals(1, ((Number) clerk.get("status")).intValue());
        String newHash = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT password FROM employee WHERE id = 1")
                        .mapTo(String.class)
                        .one());
        assertNotEquals(adminHash, newHash);
        Api api = new Api(server).asTheAdmin();
        ApiResponse old = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(0, old.code(), old::toString);
        ApiResponse login =
                api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(1, login.code(), login::toString);
        String token = login.data().getAsJsonObject().get("token").getAsString();
        ApiResponse back = api.put(
                "/admin/employee/editPassword",
                "{\"oldPassword\":\"" + NEW_PASSWORD + "\",\"newPassword\":\"123456\"}",
                "token",
                token);
        assertEquals(1, back.code(), back::toString);
    }

    /** The navbar's user menu (it opens on hover): one of its entries. */
    private void userMenu(String entry) {
        By user = By.xpath("//div[contains(@class,'avatar-wrapper')]//button");
        By item = By.xpath("//div[contains(@class,'userList')]/p[normalize-space(.)='" + entry + "']");
        waitFor("the user menu", () -> {
            // Away first, so the hover is a new mouseenter even if the pointer was left on the button.
            new Actions(browser)
                    .moveToElement(visible(By.className("statusBox")))
                    .moveToElement(visible(user))
                    .perform();
            return browser.findElements(item).stream().anyMatch(e -> e.isDisplayed());
        });
        click(item);
    }

    /** 修改密码: its dialog filled (原始密码, 新密码, 确认密码) and 保 存. */
    private void changePassword(String oldPassword, String newPassword) {
        userMenu("修改密码");
        type(By.xpath("(" + PASSWORD_DIALOG + "//input)[1]"), oldPassword);
        type(By.xpath("(" + PASSWORD_DIALOG + "//input)[2]"), newPassword);
        type(By.xpath("(" + PASSWORD_DIALOG + "//input)[3]"), newPassword);
        click(By.xpath(PASSWORD_DIALOG + "//button[normalize-space(.)='保 存']"));
        waitFor(
                "the dialog closed",
                () -> browser.findElements(By.xpath(PASSWORD_DIALOG)).stream().noneMatch(e -> e.isDisplayed()));
    }
}

package com.skyorders.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 员工管理 and passwords with the tutorial's admin's own requests: the bodies its add and edit forms send, the edit
 * body being the GET answer sent back whole. Refusals are read as the admin reads them (200, code 0, the message).
 */
@ExtendWith(SkyOrders.class)
class StaffManagementIT {

    private static final String ZHANGSAN = """
            {"name":"张三","phone":"13812345678","sex":"1","idNumber":"110101199001011234","username":"zhangsan"}""";

    private final Api api;
    private final Api admin;
    private final Shop shop;
    private String[] adminToken;

    StaffManagementIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.admin = api.asTheAdmin();
        this.shop = shop;
    }

    @BeforeEach
    void signIn() {
        adminToken = shop.staff();
    }

    @Test
    void addedStaffSignInWithTheDefaultPasswordAndNoHashEverLeaves() {
        ApiResponse added = admin.post("/admin/employee", ZHANGSAN, adminToken);
        assertEquals(1, added.code(), added::toString);
        long id = added.data().getAsJsonObject().get("id").getAsLong();
        assertEquals(200, login("zhangsan", "123456").status());

        ApiResponse page = admin.get("/admin/employee/page?page=1&pageSize=10&name=", adminToken);
        assertEquals(1, page.code(), page::toString);
        assertTrue(page.data().getAsJsonObject().get("total").getAsLong() >= 2);
        assertFalse(page.body().contains("pbkdf2"), "no password hash in the page: " + page.body());
        ApiResponse named = admin.get("/admin/employee/page?page=1&pageSize=10&name=%E5%BC%A0", adminToken);
        assertEquals(1, named.data().getAsJsonObject().get("total").getAsLong(), named::toString);
        assertEquals(
                0,
                admin.get("/admin/employee/page?page=1&pageSize=10&name=%25", adminToken)
                        .data()
                        .getAsJsonObject()
                        .get("total")
                        .getAsLong(),
                "a % in the filter is a character, not a wildcard");

        JsonObject one = admin.get("/admin/employee/" + id, adminToken).data().getAsJsonObject();
        assertEquals("****", one.get("password").getAsString());
        assertEquals("110101199001011234", one.get("idNumber").getAsString());
        assertEquals(1, one.get("status").getAsInt());
    }

    @Test
    void everyRuleOfTheAdminsFormIsCheckedWithItsMessage() {
        assertRefused(
                "账号输入不符，请输入3-20个字符",
                admin.post("/admin/employee", ZHANGSAN.replace("zhangsan", "Zhang San"), adminToken));
        assertRefused("请输入员工姓名", admin.post("/admin/employee", ZHANGSAN.replace("张三", " "), adminToken));
        assertRefused(
                "请输入正确的手机号!", admin.post("/admin/employee", ZHANGSAN.replace("13812345678", "2381234567"), adminToken));
        assertRefused(
                "身份证号码不正确",
                admin.post("/admin/employee", ZHANGSAN.replace("110101199001011234", "11010119900101"), adminToken));
        assertRefused(
                "请选择性别（0 女，1 男）",
                admin.post("/admin/employee", ZHANGSAN.replace("\"sex\":\"1\"", "\"sex\":\"2\""), adminToken));
        assertEquals(1, admin.post("/admin/employee", ZHANGSAN, adminToken).code());
        assertRefused("'zhangsan'已存在", admin.post("/admin/employee", ZHANGSAN, adminToken));
        assertEquals(
                409, api.post("/admin/employee", ZHANGSAN, adminToken).status(), "with X-Sky-Status: the real status");
    }

    @Test
    void anEditChangesOnlyTheProfileWhateverTheAdminSendsBack() {
        long id = admin.post("/admin/employee", ZHANGSAN, adminToken)
                .data()
                .getAsJsonObject()
                .get("id")
                .getAsLong();
        // The admin's edit form: the GET answer as received, sex re-coded, the name changed; status and password too.
        JsonObject body = JsonParser.parseString(
                        admin.get("/admin/employee/" + id, adminToken).body())
                .getAsJsonObject()
                .getAsJsonObject("data");
        body.addProperty("name", "张三丰");
        body.addProperty("sex", "0");
        body.addProperty("status", 0);
        body.addProperty("password", "****");
        ApiResponse edited = admin.put("/admin/employee", body.toString(), adminToken);
        assertEquals(1, edited.code(), edited::toString);
        JsonObject after = admin.get("/admin/employee/" + id, adminToken).data().getAsJsonObject();
        assertEquals("张三丰", after.get("name").getAsString());
        assertEquals("0", after.get("sex").getAsString());
        assertEquals(1, after.get("status").getAsInt(), "status has its own endpoint");
        assertEquals(200, login("zhangsan", "123456").status(), "the password is not '****'");
        assertRefused(
                "管理员账号不能改名",
                admin.put("/admin/employee", body.toString().replace("\"id\":" + id, "\"id\":1"), adminToken));
    }

    @Test
    void onlyTheAdministratorManagesStaff() {
        admin.post("/admin/employee", ZHANGSAN, adminToken);
        String[] clerk = {
            "token",
            login("zhangsan", "123456").data().getAsJsonObject().get("token").getAsString()
        };
        assertRefused("只有管理员可以管理员工", admin.post("/admin/employee", ZHANGSAN.replace("zhangsan", "lisi"), clerk));
        assertRefused("只有管理员可以管理员工", admin.post("/admin/employee/status/0?id=1", "", clerk));
        assertRefused("只有管理员可以管理员工", admin.put("/admin/employee/resetPassword?id=1", "", clerk));
        assertEquals(
                1, admin.get("/admin/employee/page?page=1&pageSize=10", clerk).code(), "reading is everyone's");
    }

    @Test
    void changingAPasswordEndsTheOtherSignInsAndAWrongOldOneIsARefusalNotA401() {
        admin.post("/admin/employee", ZHANGSAN, adminToken);
        String here = login("zhangsan", "123456")
                .data()
                .getAsJsonObject()
                .get("token")
                .getAsString();
        String elsewhere = login("zhangsan", "123456")
                .data()
                .getAsJsonObject()
                .get("token")
                .getAsString();
        ApiResponse wrong = admin.put(
                "/admin/employee/editPassword",
                "{\"oldPassword\":\"654321\",\"newPassword\":\"abc12345\"}",
                "token",
                here);
        assertEquals(200, wrong.status(), "never a 401: the admin would send its user to the login page");
        assertRefused("原密码错误", wrong);
        assertRefused(
                "新密码须为6-20位字母或数字",
                admin.put(
                        "/admin/employee/editPassword",
                        "{\"oldPassword\":\"123456\",\"newPassword\":\"abc\"}",
                        "token",
                        here));
        ApiResponse changed = admin.put(
                "/admin/employee/editPassword",
                "{\"oldPassword\":\"123456\",\"newPassword\":\"abc12345\"}",
                "token",
                here);
        assertEquals(1, changed.code(), changed::toString);
        assertEquals(401, admin.get("/admin/employee/page", "token", elsewhere).status(), "the other sign-in ended");
        assertEquals(1, admin.get("/admin/employee/page", "token", here).code(), "this one stays");
        assertEquals(200, login("zhangsan", "abc12345").status());
        assertRefused(
                "账号或密码错误", admin.post("/admin/employee/login", "{\"username\":\"zhangsan\",\"password\":\"123456\"}"));

        long id = admin.get("/admin/employee/page?page=1&pageSize=10&name=%E5%BC%A0%E4%B8%89", adminToken)
                .data()
                .getAsJsonObject()
                .getAsJsonArray("records")
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsLong();
        assertEquals(
                1,
                admin.put("/admin/employee/resetPassword?id=" + id, "", adminToken)
                        .code());
        assertEquals(401, admin.get("/admin/employee/page", "token", here).status(), "a reset ends every sign-in");
        assertEquals(200, login("zhangsan", "123456").status(), "back on the default password");
    }

    private ApiResponse login(String username, String password) {
        ApiResponse login = api.post(
                "/admin/employee/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        return login;
    }

    private static void assertRefused(String message, ApiResponse answer) {
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(0, answer.code(), answer::toString);
        assertEquals(message, answer.msg());
    }
}

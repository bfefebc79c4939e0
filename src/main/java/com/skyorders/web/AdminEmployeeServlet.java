package com.skyorders.web;

import com.skyorders.auth.TokenService;
import com.skyorders.employee.EmployeeService;
import com.skyorders.employee.StaffProfile;
import com.skyorders.employee.StaffService;
import com.skyorders.employee.StaffSignIn;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.DeviceCookie;
import com.skyorders.http.JsonResponses;

/**
 * /admin/employee: login {username,password} → {id,userName,name,token}; logout; 员工管理 (page, get, add, edit,
 * status, the administrator's password reset) and the signed-in employee's own 修改密码 (editPassword).
 */
public final class AdminEmployeeServlet extends ApiServlet {

    private record Credentials(String username, String password) {
        void validate() {
            if (username == null || username.isBlank() || username.length() > 32) {
                throw AppException.invalid("username", "不能为空且不能超过32个字符");
            }
            if (password == null || password.isEmpty() || password.length() > 128) {
                throw AppException.invalid("password", "不能为空且不能超过128个字符");
            }
        }
    }

    /** What the admin sends to edit: the whole GET answer; only the id and the profile fields are read. */
    private record EditBody(Long id, String username, String name, String phone, String sex, String idNumber) {}

    private record NewPassword(String oldPassword, String newPassword) {}

    /**
     * No token cookie is set (only the login's device cookie): the stock admin writes its own {@code token} cookie
     * from script (js-cookie) and its router reads it back, so a cookie of ours with that name would lock it out.
     * That cookie is what its socket carries.
     */
    public AdminEmployeeServlet(
            EmployeeService employees, StaffService staff, TokenService tokens, JsonResponses json) {
        super(json);
        post("/admin/employee/login", request -> {
            Credentials credentials = request.body(Credentials.class);
            credentials.validate();
            StaffSignIn signIn = employees.verify(
                    credentials.username().trim(), credentials.password(), DeviceCookie.client(request.http()));
            DeviceCookie.set(request.http(), request.response(), signIn.device());
            return employees.login(signIn.employee());
        });
        post("/admin/employee/logout", request -> {
            tokens.revoke(request.http().getHeader("token"));
            return null;
        });
        get("/admin/employee/page", request -> staff.page(request.query("name"), request.page("page")));
        post("/admin/employee", request -> staff.add(request.principal().id(), request.body(StaffProfile.class)));
        put("/admin/employee", request -> {
            EditBody body = request.body(EditBody.class);
            if (body.id() == null || body.id() <= 0) {
                throw AppException.invalid("id", "不能为空");
            }
            StaffProfile profile =
                    new StaffProfile(body.username(), body.name(), body.phone(), body.sex(), body.idNumber());
            staff.edit(request.principal().id(), body.id(), profile);
            return null;
        });
        put("/admin/employee/editPassword", request -> {
            NewPassword body = request.body(NewPassword.class);
            staff.changePassword(
                    request.principal().id(),
                    body.oldPassword(),
                    body.newPassword(),
                    request.http().getHeader("token"));
            return null;
        });
        put("/admin/employee/resetPassword", request -> {
            staff.resetPassword(request.principal().id(), requireId(request.queryId("id")));
            return null;
        });
        post("/admin/employee/status/{status}", request -> {
            staff.setStatus(
                    request.principal().id(), requireId(request.queryId("id")), request.pathInt("status", 0, 1));
            return null;
        });
        get("/admin/employee/{id}", request -> staff.get(request.pathId("id")));
    }

    private static long requireId(Long id) {
        if (id == null || id <= 0) {
            throw AppException.invalid("id", "不能为空");
        }
        return id;
    }
}

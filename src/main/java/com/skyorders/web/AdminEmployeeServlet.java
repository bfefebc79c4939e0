package com.skyorders.web;

import com.skyorders.auth.TokenService;
import com.skyorders.employee.EmployeeService;
import com.skyorders.employee.StaffSignIn;
import com.skyorders.error.AppException;

/**
 * /admin/employee/login {username,password} → {id,userName,name,token}; /admin/employee/logout;
 * /admin/employee/status/{0|1}?id= (禁用/启用; locking ends that employee's tokens and sockets).
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

    /**
     * No token cookie is set (only the login's device cookie): the stock admin writes its own {@code token} cookie from script (js-cookie) and its router
     * reads it back, so a cookie of ours with that name would lock it out. That cookie is what its socket carries.
     */
    public AdminEmployeeServlet(EmployeeService employees, TokenService tokens, JsonResponses json) {
        super(json);
        post("/admin/employee/login", request -> {
            Credentials credentials = request.body(Credentials.class);
            credentials.validate();
            StaffSignIn signIn = employees.verify(
                    credentials.username().trim(), credentials.password(), DeviceCookie.client(request.http()));
            DeviceCookie.set(request.http(), request.response(), signIn.device());
            return employees.login(signIn.employee());
        });
        post("/admin/employee/status/{status}", request -> {
            Long id = request.queryId("id");
            if (id == null) {
                throw AppException.invalid("id", "不能为空");
            }
            employees.setStatus(request.principal().id(), id, request.pathInt("status", 0, 1));
            return null;
        });
        post("/admin/employee/logout", request -> {
            tokens.revoke(request.http().getHeader("token"));
            return null;
        });
    }
}

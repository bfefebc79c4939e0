package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.menu.SetmealForm;
import com.skyorders.menu.SetmealService;

/** 套餐管理: /admin/setmeal page, status (one id or {@code 1,2,3}), get, add, edit and delete ({@code ids=1,2,3}). */
public final class AdminSetmealServlet extends ApiServlet {

    public AdminSetmealServlet(SetmealService setmeals, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/setmeal/page", request -> setmeals.page(MenuRequests.filter(request), request.page("page")));
        post("/admin/setmeal/status/{status}", request -> {
            setmeals.setStatus(
                    request.employeeId(),
                    request.queryIds("id", MenuRequests.MAX_IDS),
                    request.pathInt("status", 0, 1));
            return null;
        });
        get("/admin/setmeal/{id}", request -> setmeals.get(request.pathId("id")));
        post("/admin/setmeal", request -> {
            setmeals.add(request.employeeId(), request.body(SetmealForm.class));
            return null;
        });
        put("/admin/setmeal", request -> {
            setmeals.edit(request.employeeId(), request.body(SetmealForm.class));
            return null;
        });
        delete("/admin/setmeal", request -> {
            setmeals.delete(request.queryIds("ids", MenuRequests.MAX_IDS));
            return null;
        });
    }
}

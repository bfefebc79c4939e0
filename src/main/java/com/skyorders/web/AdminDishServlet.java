package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.menu.DishForm;
import com.skyorders.menu.DishService;

/**
 * 菜品管理: /admin/dish page, list, status (one id or {@code 1,2,3}), get, add, edit and delete ({@code ids=1,2,3}).
 * Literal paths come before {@code {id}}.
 */
public final class AdminDishServlet extends ApiServlet {

    public AdminDishServlet(DishService dishes, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/dish/page", request -> dishes.page(MenuRequests.filter(request), request.page("page")));
        get("/admin/dish/list", request -> dishes.onSale(MenuRequests.filter(request)));
        post(
                "/admin/dish/status/{status}",
                request -> dishes.setStatus(
                        request.employeeId(),
                        request.queryIds("id", MenuRequests.MAX_IDS),
                        request.pathInt("status", 0, 1)));
        get("/admin/dish/{id}", request -> dishes.get(request.pathId("id")));
        post("/admin/dish", request -> {
            dishes.add(request.employeeId(), request.body(DishForm.class));
            return null;
        });
        put("/admin/dish", request -> {
            dishes.edit(request.employeeId(), request.body(DishForm.class));
            return null;
        });
        delete("/admin/dish", request -> {
            dishes.delete(request.queryIds("ids", MenuRequests.MAX_IDS));
            return null;
        });
    }
}

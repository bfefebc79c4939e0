package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.menu.CategoryForm;
import com.skyorders.menu.CategoryService;

/** 分类管理: /admin/category page, list, add, edit, delete and status. */
public final class AdminCategoryServlet extends ApiServlet {

    public AdminCategoryServlet(CategoryService categories, JsonResponses json) {
        super(json, Role.STAFF);
        get(
                "/admin/category/page",
                request -> categories.page(request.query("name"), MenuRequests.type(request), request.page("page")));
        // addSetmeal adds page=1&pageSize=1000: a list is not paged, so those are ignored.
        get("/admin/category/list", request -> categories.enabled(MenuRequests.type(request)));
        post("/admin/category", request -> {
            categories.add(request.employeeId(), request.body(CategoryForm.class));
            return null;
        });
        put("/admin/category", request -> {
            categories.edit(request.employeeId(), request.body(CategoryForm.class));
            return null;
        });
        delete("/admin/category", request -> {
            categories.delete(request.queryIds("id", 1).iterator().next());
            return null;
        });
        post("/admin/category/status/{status}", request -> {
            categories.setStatus(
                    request.employeeId(), request.queryIds("id", 1).iterator().next(), request.pathInt("status", 0, 1));
            return null;
        });
    }
}

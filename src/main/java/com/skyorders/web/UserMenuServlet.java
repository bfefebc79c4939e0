package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.menu.MenuService;

/** The menu for customers: /user/category/list?type= and /user/dish/list?categoryId=. */
public final class UserMenuServlet extends ApiServlet {

    public UserMenuServlet(MenuService menu, JsonResponses json) {
        super(json, Role.CUSTOMER);
        get(
                "/user/category/list",
                request -> menu.categories(request.query("type") == null ? null : request.queryInt("type", 1, 1, 2)));
        get("/user/dish/list", request -> {
            Long categoryId = request.queryId("categoryId");
            if (categoryId == null) {
                throw AppException.invalid("categoryId", "不能为空");
            }
            return menu.dishesOnSale(categoryId);
        });
    }
}

package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.menu.MenuService;

/**
 * The menu for customers: /user/category/list?type=, /user/dish/list?categoryId=, /user/setmeal/list?categoryId=
 * and /user/setmeal/dish/{id} (a set meal's dishes, for its popup).
 */
public final class UserMenuServlet extends ApiServlet {

    public UserMenuServlet(MenuService menu, JsonResponses json) {
        super(json, Role.CUSTOMER);
        get("/user/category/list", request -> menu.categories(MenuRequests.type(request)));
        get("/user/dish/list", request -> menu.dishesOnSale(categoryId(request)));
        get("/user/setmeal/list", request -> menu.setmealsOnSale(categoryId(request)));
        get("/user/setmeal/dish/{id}", request -> menu.setmealDishes(request.pathId("id")));
    }

    private static long categoryId(ApiRequest request) {
        Long categoryId = request.queryId("categoryId");
        if (categoryId == null) {
            throw AppException.invalid("categoryId", "不能为空");
        }
        return categoryId;
    }
}

package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.shop.ShopService;

/** 营业状态 for staff: GET /admin/shop/status → 1 or 0; PUT /admin/shop/{status} (1 营业中, 0 打烊中). */
public final class AdminShopServlet extends ApiServlet {

    public AdminShopServlet(ShopService shop, JsonResponses json) {
        super(json, Role.STAFF);
        get("/admin/shop/status", request -> shop.status());
        put("/admin/shop/{status}", request -> {
            shop.setStatus(request.principal().id(), request.pathInt("status", 0, 1));
            return null;
        });
    }
}

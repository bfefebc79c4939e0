package com.skyorders.web;

import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.shop.ShopService;

/** GET /user/shop/status: whether the shop is open (1) or closed (0); public, as in the tutorial. */
public final class UserShopServlet extends ApiServlet {

    public UserShopServlet(ShopService shop, JsonResponses json) {
        super(json);
        get("/user/shop/status", request -> shop.status());
    }
}

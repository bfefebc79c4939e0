package com.skyorders.web;

import com.skyorders.auth.Role;
import com.skyorders.cart.CartChange;
import com.skyorders.cart.CartService;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;

/** /user/shoppingCart: add, sub, list, clean — the caller's own cart. */
public final class UserCartServlet extends ApiServlet {

    public UserCartServlet(CartService cart, JsonResponses json) {
        super(json, Role.CUSTOMER);
        post("/user/shoppingCart/add", request -> {
            cart.add(request.customerId(), request.body(CartChange.class));
            return null;
        });
        post("/user/shoppingCart/sub", request -> {
            cart.subtract(request.customerId(), request.body(CartChange.class));
            return null;
        });
        get("/user/shoppingCart/list", request -> cart.list(request.customerId()));
        delete("/user/shoppingCart/clean", request -> {
            cart.clean(request.customerId());
            return null;
        });
    }
}

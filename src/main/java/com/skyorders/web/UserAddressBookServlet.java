package com.skyorders.web;

import com.skyorders.address.AddressBookService;
import com.skyorders.address.NewAddress;
import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.http.RouteHandler;

/** /user/addressBook: the caller's own addresses only (someone else's answer 404, as if they did not exist). */
public final class UserAddressBookServlet extends ApiServlet {

    private record IdBody(Long id) {}

    public UserAddressBookServlet(AddressBookService addresses, JsonResponses json) {
        super(json, Role.CUSTOMER);
        post("/user/addressBook", request -> addresses.add(request.customerId(), request.body(NewAddress.class)));
        get("/user/addressBook/list", request -> addresses.list(request.customerId()));
        get("/user/addressBook/default", request -> addresses.getDefault(request.customerId()));
        put("/user/addressBook/default", request -> {
            addresses.setDefault(
                    request.customerId(), requireId(request.body(IdBody.class).id()));
            return null;
        });
        get("/user/addressBook/{id}", request -> addresses.get(request.customerId(), request.pathId("id")));
        put("/user/addressBook", request -> {
            byte[] body = request.rawBody();
            return addresses.update(
                    request.customerId(),
                    requireId(request.parse(body, IdBody.class).id()),
                    request.parse(body, NewAddress.class));
        });
        // The mini-program deletes with DELETE /user/addressBook/?id=N (its trailing slash included).
        RouteHandler delete = request -> {
            addresses.delete(request.customerId(), requireId(request.queryId("id")));
            return null;
        };
        delete("/user/addressBook", delete);
        delete("/user/addressBook/", delete);
    }

    private static long requireId(Long id) {
        if (id == null || id <= 0) {
            throw AppException.invalid("id", "不能为空");
        }
        return id;
    }
}

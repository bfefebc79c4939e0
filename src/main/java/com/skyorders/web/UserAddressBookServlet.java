package com.skyorders.web;

import com.skyorders.address.AddressBookService;
import com.skyorders.address.NewAddress;
import com.skyorders.auth.Role;
import com.skyorders.error.AppException;

/** /user/addressBook: the caller's own addresses only. */
public final class UserAddressBookServlet extends ApiServlet {

    private record IdBody(Long id) {}

    public UserAddressBookServlet(AddressBookService addresses, JsonResponses json) {
        super(json, Role.CUSTOMER);
        post("/user/addressBook", request -> addresses.add(request.customerId(), request.body(NewAddress.class)));
        get("/user/addressBook/list", request -> addresses.list(request.customerId()));
        get("/user/addressBook/default", request -> addresses.getDefault(request.customerId()));
        put("/user/addressBook/default", request -> {
            IdBody body = request.body(IdBody.class);
            if (body.id() == null || body.id() <= 0) {
                throw AppException.invalid("id", "不能为空");
            }
            addresses.setDefault(request.customerId(), body.id());
            return null;
        });
        get("/user/addressBook/{id}", request -> addresses.get(request.customerId(), request.pathId("id")));
    }
}

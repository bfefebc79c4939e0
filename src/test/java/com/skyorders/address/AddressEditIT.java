package com.skyorders.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mini-program edits and deletes addresses (its own requests: PUT with the whole address and its id, DELETE
 * /user/addressBook/?id= with its trailing slash); nobody touches another customer's.
 */
@ExtendWith(SkyOrders.class)
class AddressEditIT {

    /** As addOrEditAddress.js sends it: codes and names, sex "0"/"1", label a number. */
    private static final String EDITED = """
            {"id":%d,"provinceCode":"31","provinceName":"上海市","cityCode":"3101","cityName":"市辖区",
             "districtCode":"310115","districtName":"浦东新区","phone":"13900000000","consignee":"王五","name":"",
             "sex":"0","label":2,"type":1,"detail":"世纪大道100号"}""";

    private final Api api;
    private final Shop shop;

    AddressEditIT(Api api, Shop shop) {
        this.api = api;
        this.shop = shop;
    }

    @Test
    void anEditRewritesEveryFieldProvinceIncludedAndOnlyTheOwnersAddress() {
        Customer owner = shop.newCustomer();
        Customer other = shop.newCustomer();
        long id = shop.addAddress(owner);
        ApiResponse edited = api.put("/user/addressBook", EDITED.formatted(id), owner.auth());
        assertEquals(200, edited.status(), edited::toString);
        JsonObject address =
                api.get("/user/addressBook/" + id, owner.auth()).data().getAsJsonObject();
        assertEquals("上海市", address.get("provinceName").getAsString(), "the tutorial dropped this; we keep it");
        assertEquals("浦东新区", address.get("districtName").getAsString());
        assertEquals("王五", address.get("consignee").getAsString());
        assertEquals("0", address.get("sex").getAsString());
        assertEquals("2", address.get("label").getAsString());

        ApiResponse theirs = api.put("/user/addressBook", EDITED.formatted(id).replace("王五", "赵六"), other.auth());
        assertEquals(404, theirs.status(), theirs::toString);
        assertEquals("地址不存在", theirs.msg());
        assertEquals(
                "王五",
                api.get("/user/addressBook/" + id, owner.auth())
                        .data()
                        .getAsJsonObject()
                        .get("consignee")
                        .getAsString(),
                "unchanged");
        assertEquals(
                400,
                api.put("/user/addressBook", EDITED.formatted(id).replace("13900000000", "12"), owner.auth())
                        .status(),
                "edits are checked as additions are");
        assertEquals(
                400,
                api.put("/user/addressBook", "{\"consignee\":\"x\"}", owner.auth())
                        .status(),
                "no id");
    }

    @Test
    void theMiniProgramsDeleteWorksForTheOwnerOnlyAndLeavesNoDefault() {
        Customer owner = shop.newCustomer();
        Customer other = shop.newCustomer();
        long kept = shop.addAddress(owner);
        long gone = shop.addAddress(owner);
        assertEquals(
                200,
                api.put("/user/addressBook/default", "{\"id\":" + gone + "}", owner.auth())
                        .status());

        assertEquals(
                404, api.delete("/user/addressBook/?id=" + gone, other.auth()).status(), "not theirs");
        assertEquals(200, api.get("/user/addressBook/" + gone, owner.auth()).status(), "still there");

        ApiResponse deleted = api.delete("/user/addressBook/?id=" + gone, owner.auth());
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(404, api.get("/user/addressBook/" + gone, owner.auth()).status());
        ApiResponse noDefault = api.get("/user/addressBook/default", owner.auth());
        assertEquals(404, noDefault.status(), "the default was deleted: none is default (as the tutorial)");
        assertEquals(
                1,
                api.get("/user/addressBook/list", owner.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
        assertEquals(
                200, api.delete("/user/addressBook?id=" + kept, owner.auth()).status(), "without the slash too");
        assertEquals(
                404, api.delete("/user/addressBook/?id=" + kept, owner.auth()).status(), "twice: gone");
        assertEquals(400, api.delete("/user/addressBook/?id=abc", owner.auth()).status());
    }
}

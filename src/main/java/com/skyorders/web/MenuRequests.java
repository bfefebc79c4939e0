package com.skyorders.web;

import com.skyorders.http.ApiRequest;
import com.skyorders.menu.MenuFilter;

/** The admin menu pages' shared parameters: filters as the views send them ({@code ''} for any), and id lists. */
final class MenuRequests {

    /** Ids one 批量 call may name. */
    static final int MAX_IDS = 100;

    private MenuRequests() {}

    static MenuFilter filter(ApiRequest request) {
        return new MenuFilter(
                request.query("name"),
                request.queryId("categoryId"),
                request.query("status") == null ? null : request.queryInt("status", 0, 0, 1));
    }

    /** The category type of a list or page: 1 or 2, blank for both. */
    static Integer type(ApiRequest request) {
        return request.query("type") == null ? null : request.queryInt("type", 1, 1, 2);
    }
}

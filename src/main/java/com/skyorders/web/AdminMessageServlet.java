package com.skyorders.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.http.ApiRequest;
import com.skyorders.http.ApiServlet;
import com.skyorders.http.JsonResponses;
import com.skyorders.outbox.MessageService;
import java.util.ArrayList;
import java.util.List;

/** /admin/messages: the stock admin's notification page, backed by the alert outbox. */
public final class AdminMessageServlet extends ApiServlet {

    private static final int MAX_BATCH = 500;

    public AdminMessageServlet(MessageService messages, JsonResponses json) {
        super(json, Role.STAFF);
        get(
                "/admin/messages/page",
                request -> messages.page(
                        request.query("status") == null ? null : request.queryInt("status", 1, 1, 2),
                        request.page("pageNum")));
        get("/admin/messages/countUnread", request -> messages.countUnread());
        put("/admin/messages/batch", request -> {
            messages.markRead(ids(request.bodyTree()));
            return null;
        });
        put("/admin/messages/{id}", request -> {
            messages.markRead(List.of(request.pathId("id")));
            return null;
        });
    }

    /** The body is a JSON array of ids, or {@code {"ids":[…]}}. */
    private static List<Long> ids(JsonElement body) {
        JsonElement array = body.isJsonObject() ? body.getAsJsonObject().get("ids") : body;
        if (array == null || !array.isJsonArray()) {
            throw new AppException(Problem.INVALID_INPUT, "请求体必须是消息id数组");
        }
        JsonArray values = array.getAsJsonArray();
        if (values.size() > MAX_BATCH) {
            throw AppException.invalid("ids", "一次最多" + MAX_BATCH + "条");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonElement value : values) {
            ids.add(ApiRequest.positiveLong("ids", value.isJsonPrimitive() ? value.getAsString() : null));
        }
        return ids;
    }
}

package com.skyorders.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;

/** An HTTP answer: status, raw body, headers, and the body parsed as JSON on demand. */
public record ApiResponse(int status, String body, HttpHeaders headers) {

    public JsonObject json() {
        try {
            return JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new AssertionError("Not a JSON object (HTTP " + status + "): " + body, e);
        }
    }

    /** The envelope's {@code data}. */
    public JsonElement data() {
        return json().get("data");
    }

    public int code() {
        return json().get("code").getAsInt();
    }

    public String msg() {
        JsonElement msg = json().get("msg");
        return msg == null || msg.isJsonNull() ? null : msg.getAsString();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }
}

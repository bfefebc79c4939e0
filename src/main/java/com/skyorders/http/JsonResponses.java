package com.skyorders.http;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a JSON body with a status; the one place responses are serialised. */
public final class JsonResponses {

    private final Gson gson;

    public JsonResponses(Gson gson) {
        this.gson = gson;
    }

    public void write(HttpServletResponse response, int status, Object body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(gson.toJson(body));
    }

    public Gson gson() {
        return gson;
    }
}

package com.skyorders.web;

import com.google.gson.Gson;
import com.skyorders.http.WholeNumbers;

/** The edge's Gson: the shared one, plus the shapes only the JSON API speaks (OrderVO) and strict whole numbers. */
public final class WebJson {

    private WebJson() {}

    public static Gson extend(Gson base) {
        return WholeNumbers.register(OrderVoSerializer.register(base.newBuilder()))
                .create();
    }
}

package com.skyorders.payment;

import java.io.IOException;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jetbrains.annotations.NotNull;

/**
 * Sends the SDK's requests to {@code sky.wechatpay.apiBaseUrl} instead of the address compiled into its services
 * (they only know WeChat's own hosts). Only scheme, host and port change: the path and the query stay, and the
 * request was already signed over path and query, so the signature still holds.
 */
final class ApiBaseUrlInterceptor implements Interceptor {

    private final HttpUrl base;

    ApiBaseUrlInterceptor(URI apiBaseUrl) {
        this.base = HttpUrl.get(apiBaseUrl.toString());
    }

    @NotNull
    @Override
    public Response intercept(@NotNull Chain chain) throws IOException {
        Request request = chain.request();
        HttpUrl url = request.url()
                .newBuilder()
                .scheme(base.scheme())
                .host(base.host())
                .port(base.port())
                .build();
        return chain.proceed(request.newBuilder().url(url).build());
    }
}

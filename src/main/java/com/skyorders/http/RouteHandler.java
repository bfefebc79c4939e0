package com.skyorders.http;

import java.io.IOException;

/** Handles a matched request and returns the envelope's {@code data} (null for none). */
@FunctionalInterface
public interface RouteHandler {

    Object handle(ApiRequest request) throws IOException;
}

package com.skyorders.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A thin real-HTTP client for the deployed webapp: requests go over the wire, answers come back parsed. It asks for
 * real HTTP statuses ({@code X-Sky-Status: http}, docs/API.md) so tests can assert 404 or 409; {@link #asTheAdmin()}
 * is the same client without that header, answered as the tutorial's compiled admin is (200 + code 0).
 */
public final class Api {

    private final TestServer server;
    private final String contextPath;
    private final boolean realStatuses;

    public Api(TestServer server) {
        this(server, "");
    }

    /** A client of the WAR deployed again under {@code contextPath} (TestServer.deployExtra). */
    public Api(TestServer server, String contextPath) {
        this(server, contextPath, true);
    }

    private Api(TestServer server, String contextPath, boolean realStatuses) {
        this.server = server;
        this.contextPath = contextPath;
        this.realStatuses = realStatuses;
    }

    /** This client as the tutorial's admin talks: no X-Sky-Status header. */
    public Api asTheAdmin() {
        return new Api(server, contextPath, false);
    }

    public ApiResponse get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public ApiResponse delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public ApiResponse post(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public ApiResponse put(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public ApiResponse method(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = server.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request builder for {@code path}, with header name/value pairs. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + contextPath + path))
                .timeout(Duration.ofSeconds(30));
        if (realStatuses) {
            builder.header("X-Sky-Status", "http");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }
}

package com.skyorders.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket merchant console (Tomcat's client): connects to /ws/{sid} and collects every frame it gets. */
public final class Console implements AutoCloseable {

    private static final WebSocketContainer CONTAINER = ContainerProvider.getWebSocketContainer();
    /** Added to every frame: System.nanoTime() when it arrived, for latency measurements. */
    public static final String RECEIVED_NANOS = "_receivedNanos";

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private Session session;

    private Console() {}

    /** Connects with the given query string (e.g. {@code token=…&since=3}) and extra handshake headers. */
    public static Console connect(String baseUrl, String sid, String query, Map<String, List<String>> headers)
            throws Exception {
        Console console = new Console();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> request) {
                        request.putAll(headers);
                    }
                })
                .build();
        URI uri = URI.create(baseUrl.replace("http://", "ws://") + "/ws/" + sid + (query.isEmpty() ? "" : "?" + query));
        console.session = CONTAINER.connectToServer(console.endpoint(), config, uri);
        return console;
    }

    public static Console withToken(TestServer server, String staffToken, String sid) throws Exception {
        return connect(server.baseUrl(), sid, "token=" + staffToken, Map.of());
    }

    private Endpoint endpoint() {
        return new Endpoint() {
            @Override
            public void onOpen(Session session, EndpointConfig config) {
                session.setMaxTextMessageBufferSize(64 * 1024);
                session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                    long at = System.nanoTime();
                    JsonObject frame = JsonParser.parseString(text).getAsJsonObject();
                    frame.addProperty(RECEIVED_NANOS, at);
                    frames.add(frame);
                });
            }

            @Override
            public void onClose(Session session, CloseReason reason) {
                closed.complete(reason);
            }
        };
    }

    public void send(String text) throws Exception {
        session.getBasicRemote().sendText(text);
    }

    /** The next frame within {@code timeout}, or null. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until {@code count} frames arrived (or the timeout), and returns all frames received so far. */
    public List<JsonObject> await(int count, Duration timeout) throws InterruptedException {
        List<JsonObject> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            JsonObject frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null) {
                received.add(frame);
            }
        }
        return received;
    }

    /** Frames that arrive within {@code quiet} and no later: to prove nothing more comes. */
    public List<JsonObject> drain(Duration quiet) throws InterruptedException {
        List<JsonObject> received = new ArrayList<>();
        JsonObject frame;
        while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            received.add(frame);
        }
        return received;
    }

    public CloseReason awaitClose(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How the connection ended, or null while it is open. */
    public CloseReason closeReason() {
        return closed.getNow(null);
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() throws Exception {
        if (session.isOpen()) {
            session.close();
        }
    }
}

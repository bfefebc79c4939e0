package com.skyorders.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WebSocket handshake written by hand over a plain socket, so a test controls every header (Host and Origin as a
 * proxy or a hostile page would send them) and the address it connects from (127.0.0.2 is a client Tomcat does not
 * trust as a proxy). Answers the HTTP status: 101 when Tomcat upgraded.
 */
public final class RawHandshake {

    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String from = "127.0.0.1";

    private RawHandshake(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static RawHandshake to(String baseUrl) {
        return new RawHandshake(baseUrl);
    }

    public RawHandshake header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public RawHandshake from(String localAddress) {
        this.from = localAddress;
        return this;
    }

    public int status(String pathAndQuery) throws Exception {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", uri.getHost() + ":" + uri.getPort());
            all.put("Upgrade", "websocket");
            all.put("Connection", "Upgrade");
            all.put("Sec-WebSocket-Version", "13");
            all.put("Sec-WebSocket-Key", Base64.getEncoder().encodeToString("sky-orders-tests".getBytes()));
            all.putAll(headers);
            all.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}

package com.skyorders.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP balancer for tests, as a round-robin nginx upstream without stickiness would be: each new connection goes to
 * the next backend, skipping one that refuses the connection. Backends can be swapped, and every proxied connection
 * dropped, to move a browser from one node to another.
 */
public final class RoundRobinProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<URI> backends = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final Thread acceptor;

    public RoundRobinProxy(List<String> backendUrls) throws IOException {
        route(backendUrls);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "test-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** New connections go to these backends from now on. */
    public void route(List<String> backendUrls) {
        backends.clear();
        backendUrls.forEach(url -> backends.add(URI.create(url)));
    }

    /** Cuts every proxied connection (keep-alive and sockets alike), as a balancer reload or a node move would. */
    public void dropConnections() {
        for (Socket socket : List.copyOf(open)) {
            closeQuietly(socket);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread pipe = new Thread(() -> connect(client), "test-proxy-conn");
                pipe.setDaemon(true);
                pipe.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        List<URI> targets = List.copyOf(backends);
        for (int attempt = 0; attempt < targets.size(); attempt++) {
            URI target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
            Socket backend = new Socket();
            try {
                backend.connect(new InetSocketAddress(target.getHost(), target.getPort()), 1000);
            } catch (IOException refused) {
                closeQuietly(backend);
                continue;
            }
            open.add(client);
            open.add(backend);
            pump(client, backend);
            pump(backend, client);
            return;
        }
        closeQuietly(client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side went away: close both below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "test-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        dropConnections();
    }
}

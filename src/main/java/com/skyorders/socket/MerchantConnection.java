package com.skyorders.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open merchant console. The relay queues frames without blocking; a sender thread drains the queue with
 * blocking sends, batched and flushed once per drain, so one session never has two sends at once (Tomcat's rule)
 * and pings never cut into a frame. A full queue takes no more and the console's position stays put: the rest is
 * read back from the outbox as it drains, so a slow console costs bounded memory and loses nothing. A console whose
 * sends stall past Tomcat's blocking send timeout is closed.
 */
final class MerchantConnection implements AlertSink {

    private static final Logger log = LoggerFactory.getLogger(MerchantConnection.class);
    private static final ByteBuffer PING = ByteBuffer.wrap(new byte[] {'k'}).asReadOnlyBuffer();

    private final Session session;
    private final StaffSocketPrincipal principal;
    private final int backlogLimit;
    private final Instant openedAt;
    private final Executor senders;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean pingDue;
    private boolean closed;
    private volatile ConsolePosition position;

    MerchantConnection(
            Session session,
            StaffSocketPrincipal principal,
            int backlogLimit,
            ConsolePosition start,
            Instant openedAt,
            Executor senders) {
        this.session = session;
        this.principal = principal;
        this.backlogLimit = backlogLimit;
        this.position = start;
        this.openedAt = openedAt;
        this.senders = senders;
    }

    String id() {
        return session.getId();
    }

    StaffSocketPrincipal principal() {
        return principal;
    }

    Instant openedAt() {
        return openedAt;
    }

    @Override
    public ConsolePosition position() {
        return position;
    }

    @Override
    public void moveTo(ConsolePosition next) {
        position = next;
    }

    @Override
    public synchronized int room() {
        return closed ? 0 : backlogLimit - queue.size();
    }

    @Override
    public synchronized boolean isOpen() {
        return !closed && session.isOpen();
    }

    @Override
    public boolean offer(String frame) {
        synchronized (this) {
            if (closed || queue.size() >= backlogLimit) {
                return false;
            }
            queue.addLast(frame);
        }
        wakeSender();
        return true;
    }

    /** A keep-alive ping, sent by the same sender between batches. */
    void ping() {
        synchronized (this) {
            pingDue = true;
        }
        wakeSender();
    }

    private void wakeSender() {
        synchronized (this) {
            if (draining || closed) {
                return;
            }
            draining = true;
        }
        try {
            senders.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            close(CloseReason.CloseCodes.GOING_AWAY, "server stopping");
        }
    }

    private void drain() {
        RemoteEndpoint.Basic remote = session.getBasicRemote();
        try {
            while (true) {
                List<String> batch;
                boolean ping;
                synchronized (this) {
                    if (closed || (queue.isEmpty() && !pingDue)) {
                        draining = false;
                        return;
                    }
                    batch = List.copyOf(queue);
                    queue.clear();
                    ping = pingDue;
                    pingDue = false;
                }
                if (ping) {
                    remote.sendPing(PING.duplicate());
                }
                for (String frame : batch) {
                    remote.sendText(frame);
                }
                remote.flushBatch();
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                draining = false;
            }
            log.info("Merchant console {} closed: a send failed ({})", id(), e.toString());
            close(CloseReason.CloseCodes.GOING_AWAY, "send failed");
        }
    }

    /**
     * Closes without blocking the caller: Tomcat queues the close frame behind an unfinished send and may wait for
     * it, which must never hold up the relay or another console.
     */
    void close(CloseReason.CloseCode code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        try {
            senders.execute(() -> closeSession(code, reason));
        } catch (RejectedExecutionException stopping) {
            closeSession(code, reason);
        }
    }

    private void closeSession(CloseReason.CloseCode code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            // the peer is already gone; nothing left to tell it
        }
    }
}

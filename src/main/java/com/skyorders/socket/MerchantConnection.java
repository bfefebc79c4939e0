package com.skyorders.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open merchant console. Frames go out one at a time through a bounded queue: the next async send starts only
 * when the previous one completed, which is what Tomcat requires (else TEXT_FULL_WRITING). When the queue holds
 * {@code backlogLimit} frames it takes no more and the console's position stays where it is: the rest is read back from
 * the outbox as the queue drains, so a slow console costs bounded memory and loses nothing. A console whose sends
 * stall altogether is closed by the send timeout.
 */
final class MerchantConnection implements AlertSink {

    private static final Logger log = LoggerFactory.getLogger(MerchantConnection.class);

    private final Session session;
    private final StaffSocketPrincipal principal;
    private final int backlogLimit;
    private final Instant openedAt;
    private final Executor closer;
    private volatile ConsolePosition position;

    private final Object lock = new Object();
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;

    MerchantConnection(
            Session session,
            StaffSocketPrincipal principal,
            int backlogLimit,
            ConsolePosition start,
            Instant openedAt,
            Executor closer) {
        this.session = session;
        this.principal = principal;
        this.backlogLimit = backlogLimit;
        this.position = start;
        this.openedAt = openedAt;
        this.closer = closer;
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
    public int room() {
        synchronized (lock) {
            return closed ? 0 : backlogLimit - queue.size();
        }
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return !closed && session.isOpen();
        }
    }

    @Override
    public boolean offer(String frame) {
        boolean start;
        synchronized (lock) {
            if (closed || queue.size() >= backlogLimit) {
                return false;
            }
            queue.addLast(frame);
            start = !sending;
            if (start) {
                sending = true;
            }
        }
        if (start) {
            pump();
        }
        return true;
    }

    /** A ping, only while nothing else is being sent (pings and texts must not interleave mid-send). */
    void ping() {
        synchronized (lock) {
            if (closed || sending) {
                return;
            }
            sending = true;
        }
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.wrap(new byte[] {'k'}));
        } catch (IOException | RuntimeException e) {
            close(CloseReason.CloseCodes.GOING_AWAY, "ping failed");
            return;
        }
        pump();
    }

    private void pump() {
        String next;
        synchronized (lock) {
            next = closed ? null : queue.pollFirst();
            if (next == null) {
                sending = false;
                return;
            }
        }
        try {
            session.getAsyncRemote().sendText(next, this::sent);
        } catch (RuntimeException e) {
            close(CloseReason.CloseCodes.GOING_AWAY, "send failed");
        }
    }

    /** Tomcat runs this on one of its own threads once the frame is written, never inside sendText: no recursion. */
    private void sent(SendResult result) {
        if (result.isOK()) {
            pump();
        } else {
            close(CloseReason.CloseCodes.GOING_AWAY, "send failed");
        }
    }

    /**
     * Closes without blocking the caller: Tomcat queues the close frame behind an unfinished send and may wait for
     * it, which must never hold up the relay or another console.
     */
    void close(CloseReason.CloseCode code, String reason) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        log.info("Merchant console {} closed by the server: {}", id(), reason);
        try {
            closer.execute(() -> closeNow(code, reason));
        } catch (RejectedExecutionException stopping) {
            closeNow(code, reason);
        }
    }

    private void closeNow(CloseReason.CloseCode code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            // the peer is already gone; nothing left to tell it
        }
    }
}

package com.skyorders.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One open merchant console. Frames go out one at a time through a bounded queue: the next async send starts only
 * when the previous one completed, which is what Tomcat requires (else TEXT_FULL_WRITING). When the queue holds
 * {@code backlogLimit} frames it takes no more and the relay leaves this console's cursor where it is: the rest is
 * read back from the outbox as the queue drains, so a slow console costs bounded memory and loses nothing. A console
 * whose sends stall altogether is closed by the send timeout. Only the relay thread touches the cursor.
 */
final class MerchantConnection {

    /** Sends completing inline call back into pump(); past this depth the next send hops to another thread. */
    private static final int MAX_INLINE_DEPTH = 32;

    /** A console that names no {@code since} is anchored at its connect time after this grace. */
    private static final Duration ANCHOR_GRACE = Duration.ofMillis(750);

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final Session session;
    private final StaffSocketPrincipal principal;
    private final int backlogLimit;
    private final Instant openedAt;
    private final Executor overflowExecutor;

    private final Object lock = new Object();
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;

    // Where this console is in the alert stream. The cursor, first delivery and what it is owed are the relay thread's
    // alone; a since arriving over the socket is handed over through lateSince.
    private Long cursor;
    private Long firstDelivered;
    private long registrationCursor;
    private Since requestedSince;
    private final AtomicReference<Since> lateSince = new AtomicReference<>();
    private final AtomicBoolean sinceGiven = new AtomicBoolean();
    private final OwedAlerts owed;

    MerchantConnection(
            Session session,
            StaffSocketPrincipal principal,
            int backlogLimit,
            long registrationCursor,
            Since requestedSince,
            Instant openedAt,
            Executor overflowExecutor) {
        this.session = session;
        this.principal = principal;
        this.backlogLimit = backlogLimit;
        this.owed = new OwedAlerts(backlogLimit);
        this.registrationCursor = registrationCursor;
        this.requestedSince = requestedSince;
        this.sinceGiven.set(requestedSince != null);
        this.openedAt = openedAt;
        this.overflowExecutor = overflowExecutor;
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

    /**
     * Decides where this console's stream starts, once it can: at the since it named (in the handshake or its first
     * message), else — after a grace for that message — at the relay's position when it registered. A since that
     * {@code startAfter} does not accept (another history's) also starts it there. False while undecided.
     */
    boolean anchorIfDue(Instant now, Function<Since, Long> startAfter) {
        if (cursor != null) {
            return true;
        }
        Since since = requestedSince != null ? requestedSince : takeLateSince();
        if (since != null) {
            Long start = startAfter.apply(since);
            anchorAt(start != null ? start : registrationCursor);
            return true;
        }
        if (now.isAfter(openedAt.plus(ANCHOR_GRACE))) {
            anchorAt(registrationCursor);
            return true;
        }
        return false;
    }

    /** The last alert id this console was given (or told to start after); only once anchored. */
    long cursor() {
        return cursor;
    }

    void anchorAt(long alertId) {
        cursor = Math.max(0, alertId);
    }

    /** Moves the start back before anything was delivered (a late since): delivery simply starts earlier. */
    void rewindTo(long alertId) {
        cursor = Math.min(cursor, alertId);
    }

    void delivered(long alertId) {
        cursor = alertId;
        if (firstDelivered == null) {
            firstDelivered = alertId;
        }
    }

    /** The first alert id this console was given, or null: a late since backfills only below it. */
    Long firstDelivered() {
        return firstDelivered;
    }

    /** What this console is owed below its cursor (the relay thread's alone). */
    OwedAlerts owed() {
        return owed;
    }

    /**
     * The outbox started a new history: every id this console holds is void. It starts over from the new history's
     * first alert, whatever it asked for or was owed.
     */
    void startOver() {
        cursor = cursor == null ? null : 0L;
        registrationCursor = 0;
        requestedSince = null;
        lateSince.set(null);
        firstDelivered = null;
        owed.clear();
    }

    /** A console names its since once (query or first message); false when it already had. */
    boolean requestSince(Since since) {
        if (!sinceGiven.compareAndSet(false, true)) {
            return false;
        }
        lateSince.set(since);
        return true;
    }

    /** The since that arrived over the socket, once. */
    Since takeLateSince() {
        return lateSince.getAndSet(null);
    }

    boolean hasLateSince() {
        return lateSince.get() != null;
    }

    boolean isOpen() {
        synchronized (lock) {
            return !closed && session.isOpen();
        }
    }

    /** Queues a frame; never blocks. False when the console is closed or its queue is full (try again later). */
    boolean enqueue(String frame) {
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

    private void sent(SendResult result) {
        if (!result.isOK()) {
            close(CloseReason.CloseCodes.GOING_AWAY, "send failed");
            return;
        }
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_INLINE_DEPTH) {
            overflowExecutor.execute(this::pump);
            return;
        }
        depth[0]++;
        try {
            pump();
        } finally {
            depth[0]--;
        }
    }

    /**
     * Closes without blocking the caller: Tomcat queues the close frame behind an unfinished send and may wait for
     * it, which must never hold up the relay or another console.
     */
    void close(CloseReason.CloseCode code, String reason) {
        synchronized (lock) {
            closed = true;
            queue.clear();
        }
        try {
            overflowExecutor.execute(() -> closeNow(code, reason));
        } catch (RejectedExecutionException stopping) {
            closeNow(code, reason);
        }
    }

    void closeNow(CloseReason.CloseCode code, String reason) {
        synchronized (lock) {
            closed = true;
            queue.clear();
        }
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            // the peer is already gone; nothing left to tell it
        }
    }
}

package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import com.skyorders.config.JsonFactory;
import com.skyorders.outbox.AlertTail;
import com.skyorders.outbox.InMemoryOutbox;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against a hub of scripted consoles and an outbox in memory: every console gets every alert once, in id
 * order, however the commits interleave. No Tomcat, no database.
 */
class AlertRelayTest {

    /** The deployed gap timing, polling every 20 ms. */
    private static final AlertTail.Timing STANDARD =
            AlertTail.Timing.standard(Duration.ofSeconds(30), Duration.ofMillis(20));

    /** Gaps settle after 20 ms and are passed over (then watched) after 100 ms instead of 30 s. */
    private static final AlertTail.Timing QUICK_GIVE_UP = new AlertTail.Timing(
            Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(10), Duration.ofMillis(20));

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    private final MerchantHub hub = new MerchantHub(Clock.systemUTC(), 1000, 1000, Duration.ofMinutes(10));
    private final AlertRelay relay = relayOver(hub, Duration.ofMillis(20));

    @AfterEach
    void stop() {
        relay.stop();
        hub.shutdown();
    }

    @Test
    void everyConsoleGetsEveryAlertOnceInIdOrderWhateverTheCommitOrder() throws Exception {
        List<List<Long>> received = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Long> frames = Collections.synchronizedList(new ArrayList<>());
            received.add(frames);
            hub.open(session("c" + i, frames), new StaffSocketPrincipal(1, "hash"), "c" + i, Since.at(0));
        }
        relay.start();
        // Five transactions take ids 1..5 and commit as 2, 1, 4, 3, 5.
        outbox.take(1, 2, 3, 4, 5);
        for (long id : new long[] {2, 1, 4, 3, 5}) {
            outbox.commit(id);
            relay.committed(InMemoryOutbox.alert(id));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (received.stream().anyMatch(r -> r.size() < 5) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100); // and nothing more comes
        for (List<Long> frames : received) {
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.copyOf(frames));
        }
    }

    @Test
    void aConsoleThatAskedForSinceStartsThere() throws Exception {
        outbox.commit(1, 2, 3);
        relay.start();
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        Thread.sleep(100); // the relay has passed 1..3 before this console connects
        hub.open(session("late", frames), new StaffSocketPrincipal(1, "hash"), "late", Since.at(3));
        outbox.commit(4);
        relay.committed(InMemoryOutbox.alert(4));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (frames.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertEquals(List.of(4L), List.copyOf(frames));
    }

    @Test
    void consolesStartOverWhenTheOutboxStartsANewHistory() throws Exception {
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        hub.open(session("reset", frames), new StaffSocketPrincipal(1, "hash"), "reset", Since.at(0));
        relay.start();
        outbox.commit(1, 2, 3);
        relay.nudge();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (frames.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        outbox.startNewHistory("2"); // a restore: ids start again
        outbox.commit(1);
        relay.committed(InMemoryOutbox.alert(1));
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // the history is checked every 2 s
        while (frames.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertEquals(List.of(1L, 2L, 3L, 1L), List.copyOf(frames), "the new history's first alert rings");
    }

    @Test
    void aConsoleWhoseQueueIsFullKeepsItsPlaceAndCatchesUpFromTheOutboxInOrder() throws Exception {
        try (HeldConsoles slow = new HeldConsoles(Duration.ofMillis(20), STANDARD)) {
            slow.open("slow", 0L);
            slow.relay.start();
            for (long id = 1; id <= 10; id++) {
                outbox.commit(id);
                slow.relay.committed(InMemoryOutbox.alert(id));
            }
            Thread.sleep(200);
            assertEquals(
                    List.of(1L),
                    List.copyOf(slow.frames),
                    "one send in flight, two queued, the rest left in the outbox");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (slow.frames.size() < 10 && System.nanoTime() < deadline) {
                SendHandler next = slow.pending.isEmpty() ? null : slow.pending.remove(0);
                if (next != null) {
                    next.onResult(new SendResult()); // the console takes a frame; the next one goes out
                } else {
                    Thread.sleep(10);
                }
            }
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), List.copyOf(slow.frames));
        }
    }

    /**
     * A console that takes frames at its own pace on another thread, so its queue fills and drains while the relay
     * works: a relay pass whose catch-up stopped at a full queue must not then hand this console a newer alert that
     * happened to fit — that would skip the ones in between for good (seen once in the 50-console IT).
     */
    @Test
    void aConsoleDrainingWhileTheRelayCatchesUpNeverSkipsAnAlert() throws Exception {
        MerchantHub small = new MerchantHub(Clock.systemUTC(), 2, 1000, Duration.ofMinutes(10));
        AlertRelay busyRelay = relayOver(small, Duration.ofMillis(1));
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<SendHandler> pending = new LinkedBlockingQueue<>();
        small.open(
                console("draining", frames, pending::add),
                new StaffSocketPrincipal(1, "hash"),
                "draining",
                Since.at(0));
        Thread drainer = new Thread(() -> {
            try {
                while (true) {
                    SendHandler next = pending.take();
                    LockSupport.parkNanos(20_000); // a console slower than the relay: its queue stays full
                    next.onResult(new SendResult());
                }
            } catch (InterruptedException stopped) {
                // done
            }
        });
        int count = 10_000;
        try {
            busyRelay.start();
            drainer.start();
            for (long id = 1; id <= count; id++) {
                outbox.commit(id);
                busyRelay.committed(InMemoryOutbox.alert(id));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (frames.size() < count && System.nanoTime() < deadline && !skipped(frames)) {
                Thread.sleep(10);
            }
            List<Long> expected = new ArrayList<>();
            for (long id = 1; id <= count; id++) {
                expected.add(id);
            }
            assertEquals(expected, List.copyOf(frames));
        } finally {
            drainer.interrupt();
            busyRelay.stop();
            small.shutdown();
        }
    }

    /**
     * A console that names its since only after its first alert: what lies before that alert is backfilled, and a
     * backfill longer than the console's queue resumes as the queue drains instead of stopping at the first full.
     */
    @Test
    void aLateSinceLongerThanTheQueueIsBackfilledInFull() throws Exception {
        try (HeldConsoles slow = new HeldConsoles(Duration.ofMillis(20), STANDARD)) {
            outbox.commit(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            slow.relay.start();
            awaitCursor(slow.relay, 10); // the relay has passed 1..10 before this console connects
            slow.open("late-since", null);
            Thread.sleep(1000); // no since in the handshake: anchored at its connect after the grace
            outbox.commit(11);
            slow.relay.committed(InMemoryOutbox.alert(11));
            awaitSize(slow.frames, 1);
            slow.hub.requestSince("late-since", Since.at(0));
            slow.relay.nudge();
            drain(slow.frames, slow.pending, 11);
            assertEquals(List.of(11L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), List.copyOf(slow.frames));
        }
    }

    /**
     * An alert whose transaction committed after the relay stopped waiting for it reaches a console already past
     * it even when that console's queue is full at that moment: it is owed, and sent once the queue drains.
     */
    @Test
    void aLateCommitReachesAConsoleWhoseQueueWasFull() throws Exception {
        try (HeldConsoles slow = new HeldConsoles(Duration.ofMillis(20), QUICK_GIVE_UP)) {
            slow.open("full", 0L);
            slow.relay.start();
            outbox.take(1);
            for (long id = 2; id <= 4; id++) {
                outbox.commit(id);
                slow.relay.committed(InMemoryOutbox.alert(id));
            }
            awaitCursor(slow.relay, 4); // past the gap wait: 2..4 go out (one in flight, two queued), 1 is passed over
            awaitSize(slow.frames, 1);
            Thread.sleep(100);
            assertEquals(List.of(2L), List.copyOf(slow.frames));
            outbox.commit(1); // commits late, while the console's queue is full
            Thread.sleep(300);
            drain(slow.frames, slow.pending, 4);
            assertEquals(List.of(2L, 3L, 4L, 1L), List.copyOf(slow.frames));
        }
    }

    /**
     * An alert whose transaction committed late, inside a range this console is still owed (a late since's backfill
     * it has not finished sending), reaches it once: by the late path or by the backfill, never both. The relay polls
     * only when nudged here, so each pass happens when the test says.
     */
    @Test
    void aLateCommitInsideAnOwedRangeIsSentOnce() throws Exception {
        try (HeldConsoles slow = new HeldConsoles(Duration.ofSeconds(10), QUICK_GIVE_UP)) {
            slow.relay.start();
            outbox.take(4);
            outbox.commit(1, 2, 3, 5);
            awaitCursor(slow.relay, 5); // 4 is in flight: after 100 ms the relay passes it over and watches it
            slow.open("owed", null);
            Thread.sleep(1000);
            slow.relay.nudge(); // anchored at 5, its connect time
            Thread.sleep(100);
            outbox.commit(6);
            slow.relay.committed(InMemoryOutbox.alert(6));
            awaitSize(slow.frames, 1);
            slow.hub.requestSince("owed", Since.at(0)); // owed 1..5: 1 and 2 fill the queue behind 6
            slow.relay.nudge();
            Thread.sleep(100);
            completeNext(slow.pending);
            completeNext(slow.pending); // 6 and 1 taken: 2 is in flight, the queue is empty, 3..5 still owed
            assertEquals(List.of(6L, 1L, 2L), List.copyOf(slow.frames));
            outbox.commit(4, 7); // 4 commits late; 7 makes the next pass read the outbox
            slow.relay.committed(InMemoryOutbox.alert(7));
            Thread.sleep(100);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline && slow.frames.size() < 8) {
                completeNext(slow.pending);
                slow.relay.nudge();
                Thread.sleep(20);
            }
            List<Long> sorted = new ArrayList<>(slow.frames);
            Collections.sort(sorted);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), sorted, () -> "received " + slow.frames);
        }
    }

    private static void completeNext(List<SendHandler> pending) {
        SendHandler next = pending.isEmpty() ? null : pending.remove(0);
        if (next != null) {
            next.onResult(new SendResult());
        }
    }

    /** Waits (nudging, for a relay that polls only when told) until the relay has handed out up to {@code id}. */
    private static void awaitCursor(AlertRelay relay, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (relay.cursor() < id && System.nanoTime() < deadline) {
            relay.nudge();
            Thread.sleep(20);
        }
        assertEquals(id, relay.cursor(), "the relay's position");
    }

    private static void awaitSize(List<Long> frames, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (frames.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Completes held sends one by one until {@code count} frames went out (or 5 s), then checks nothing more comes. */
    private static void drain(List<Long> frames, List<SendHandler> pending, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && (frames.size() < count || !pending.isEmpty())) {
            SendHandler next = pending.isEmpty() ? null : pending.remove(0);
            if (next != null) {
                next.onResult(new SendResult());
            } else {
                Thread.sleep(10);
            }
        }
        Thread.sleep(200);
        while (!pending.isEmpty()) {
            pending.remove(0).onResult(new SendResult());
            Thread.sleep(50);
        }
    }

    private static boolean skipped(List<Long> frames) {
        List<Long> copy = List.copyOf(frames);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) != i + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relay feeding one hub whose consoles queue at most two frames, with a console there whose sends complete only
     * when the test completes them: the frames it was sent, and the sends still pending.
     */
    private final class HeldConsoles implements AutoCloseable {
        final MerchantHub hub = new MerchantHub(Clock.systemUTC(), 2, 1000, Duration.ofMinutes(10));
        final AlertRelay relay;
        final List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        final List<SendHandler> pending = Collections.synchronizedList(new ArrayList<>());

        HeldConsoles(Duration poll, AlertTail.Timing timing) {
            relay = relayOver(hub, poll, timing);
        }

        void open(String id, Long since) {
            hub.open(
                    heldSession(id, frames, pending),
                    new StaffSocketPrincipal(1, "hash"),
                    id,
                    since == null ? null : Since.at(since));
        }

        @Override
        public void close() {
            relay.stop();
            hub.shutdown();
        }
    }

    /** A relay over the in-memory outbox, feeding {@code hub}, polling every {@code poll}. */
    private AlertRelay relayOver(MerchantHub hub, Duration poll) {
        return relayOver(hub, poll, STANDARD);
    }

    private AlertRelay relayOver(MerchantHub hub, Duration poll, AlertTail.Timing timing) {
        return new AlertRelay(
                AlertTail.over(outbox, System::nanoTime, 1, 0, timing),
                hub,
                JsonFactory.create(),
                Clock.systemUTC(),
                poll);
    }

    /** A console whose sends complete at once, recording each frame's alert id. */
    private static Session session(String id, List<Long> frames) {
        return console(id, frames, handler -> handler.onResult(new SendResult()));
    }

    /** A console whose sends complete only when the test completes them. */
    private static Session heldSession(String id, List<Long> frames, List<SendHandler> pending) {
        return console(id, frames, pending::add);
    }

    private static Session console(String id, List<Long> frames, Consumer<SendHandler> onSend) {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                AlertRelayTest.class.getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        frames.add(JsonParser.parseString((String) args[0])
                                .getAsJsonObject()
                                .get("id")
                                .getAsLong());
                        onSend.accept((SendHandler) args[1]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(
                AlertRelayTest.class.getClassLoader(),
                new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "getId" -> id;
                    case "isOpen" -> true;
                    default -> null;
                });
    }
}

package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.config.JsonFactory;
import com.skyorders.outbox.InMemoryOutbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The relay's rules as plain steps: the test commits alerts to an outbox in memory, runs one pass, and looks at what
 * each scripted console was given. No thread, no sleep, no Tomcat, no database.
 */
class RelayPassTest {

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private long nanos;
    private RelayPass pass;

    private RelayPass pass() {
        if (pass == null) {
            pass = new RelayPass(outbox, JsonFactory.create(), () -> nanos);
        }
        return pass;
    }

    @Test
    void everyConsoleGetsEveryAlertRaisedAfterItConnectedOnceInIdOrder() {
        outbox.commit(3); // before this node started: history
        List<ScriptedConsole> consoles = List.of(console(null, 100), console(null, 100), console(null, 100));
        outbox.commit(5);
        pass().deliverOnce(consoles);
        outbox.commit(2);
        pass().deliverOnce(consoles);
        pass().deliverOnce(consoles);
        for (ScriptedConsole console : consoles) {
            assertEquals(ids(4, 10), console.drain());
        }
    }

    @Test
    void aConsoleThatAskedForSinceGetsEverythingAfterItThenTheLiveStream() {
        outbox.commit(10);
        ScriptedConsole replaying = console(new Since(4, null), 100);
        ScriptedConsole fresh = console(null, 100);
        pass().deliverOnce(List.of(replaying, fresh));
        assertEquals(ids(5, 10), replaying.drain());
        assertEquals(List.of(), fresh.drain());
        outbox.commit(1);
        pass().deliverOnce(List.of(replaying, fresh));
        assertEquals(List.of(11L), replaying.drain());
        assertEquals(List.of(11L), fresh.drain());
    }

    @Test
    void aConsoleConnectingWhileThisNodeLagsStartsAfterTheNewestCommittedAlert() {
        pass(); // this node has read nothing yet
        outbox.commit(5); // committed before the console connects, not yet read by the relay
        ScriptedConsole console = console(null, 100);
        outbox.commit(1);
        pass().deliverOnce(List.of(console));
        assertEquals(List.of(6L), console.drain(), "only what was raised after it connected");
    }

    @Test
    void aSinceFromAnotherHistoryOrAboveEveryAlertStartsNow() {
        outbox.commit(10);
        ScriptedConsole otherEpoch = console(new Since(4, "19700101000000"), 100);
        ScriptedConsole ahead = console(new Since(5000, "1"), 100);
        ScriptedConsole sameEpoch = console(new Since(8, "1"), 100);
        pass().deliverOnce(List.of(otherEpoch, ahead, sameEpoch));
        outbox.commit(1);
        pass().deliverOnce(List.of(otherEpoch, ahead, sameEpoch));
        assertEquals(List.of(11L), otherEpoch.drain());
        assertEquals(List.of(11L), ahead.drain());
        assertEquals(ids(9, 11), sameEpoch.drain());
    }

    @Test
    void aConsoleWhoseQueueIsFullKeepsItsPlaceAndCatchesUpFromTheOutboxInOrder() {
        ScriptedConsole slow = console(null, 3);
        ScriptedConsole quick = console(null, 100);
        outbox.commit(10);
        List<Long> received = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pass().deliverOnce(List.of(slow, quick));
            assertTrue(slow.queued() <= 3, "never more than its backlog in memory");
            received.addAll(slow.drain());
            if (i == 0) {
                outbox.commit(2); // more arrive while it is behind
            }
        }
        assertEquals(ids(1, 12), received);
        assertEquals(ids(1, 12), quick.drain());
    }

    @Test
    void aConsoleReplayingALongHistoryHoldsNoMoreThanItsBacklogAndReadsNoMoreThanItTakes() {
        outbox.commit(2000);
        ScriptedConsole console = console(new Since(0, null), 50);
        List<Long> received = new ArrayList<>();
        int passes = 0;
        while (received.size() < 2000) {
            int readsBefore = outbox.reads();
            pass().deliverOnce(List.of(console));
            assertTrue(outbox.reads() - readsBefore <= 2, "one read of its own per pass, besides the fresh one");
            assertEquals(50, console.queued(), "a full backlog, never more");
            received.addAll(console.drain());
            passes++;
        }
        assertEquals(ids(1, 2000), received);
        assertEquals(40, passes);
    }

    @Test
    void aClosedConsoleIsSkippedAndAConsoleThatFailsDoesNotStopTheOthers() {
        ScriptedConsole closed = console(null, 100);
        ScriptedConsole failing = console(null, 100);
        ScriptedConsole fine = console(null, 100);
        closed.open = false;
        failing.fail = true;
        outbox.commit(2);
        pass().deliverOnce(List.of(closed, failing, fine));
        assertEquals(List.of(), closed.drain());
        assertEquals(ids(1, 2), fine.drain());
        failing.fail = false;
        pass().deliverOnce(List.of(closed, failing, fine));
        assertEquals(ids(1, 2), failing.drain(), "it resumes from its cursor on the next pass");
    }

    @Test
    void consolesStartOverWhenTheOutboxStartsANewHistory() {
        outbox.commit(10);
        ScriptedConsole console = console(null, 100);
        outbox.commit(2);
        pass().deliverOnce(List.of(console));
        assertEquals(ids(11, 12), console.drain());
        outbox.startNewHistory("2");
        outbox.commit(3);
        pass().deliverOnce(List.of(console));
        assertEquals(List.of(), console.drain(), "the history is checked every 2 s");
        nanos += TimeUnit.SECONDS.toNanos(2);
        pass().deliverOnce(List.of(console));
        assertEquals(ids(1, 3), console.drain());
        assertEquals("2", pass().epoch());
    }

    @Test
    void aConsoleThatConnectedJustBeforeTheHistoryChangedStartsOverWithTheOthers() {
        outbox.commit(10);
        ScriptedConsole console = console(null, 100); // its position taken in the old history, then registered late
        outbox.startNewHistory("2");
        outbox.commit(3);
        nanos += TimeUnit.SECONDS.toNanos(2);
        pass().deliverOnce(List.of());
        pass().deliverOnce(List.of(console));
        assertEquals(ids(1, 3), console.drain());
    }

    @Test
    void aReadThatFillsItsBatchAsksForAnotherPassAtOnce() {
        ScriptedConsole console = console(null, 10_000);
        outbox.commit(RelayPass.BATCH + 1);
        assertTrue(pass().deliverOnce(List.of(console)));
        assertFalse(pass().deliverOnce(List.of(console)));
        assertEquals(ids(1, RelayPass.BATCH + 1), console.drain());
    }

    @Test
    void framesCarryTheAlertIdAndItsHistory() {
        ScriptedConsole console = console(null, 10);
        outbox.commit(1);
        pass().deliverOnce(List.of(console));
        JsonObject frame = JsonParser.parseString(console.frames.get(0)).getAsJsonObject();
        assertEquals(1, frame.get("id").getAsLong());
        assertEquals("1", frame.get("epoch").getAsString());
        assertEquals(101, frame.get("orderId").getAsLong());
        assertEquals(2, frame.get("type").getAsInt());
    }

    private ScriptedConsole console(Since since, int backlog) {
        return new ScriptedConsole(pass().start(since), backlog);
    }

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** A console whose queue the test drains; it can be closed, or fail on its next frame. */
    private static final class ScriptedConsole implements AlertSink {
        private ConsolePosition position;
        private final int backlog;
        private final List<String> frames = new ArrayList<>();
        private boolean open = true;
        private boolean fail;

        ScriptedConsole(ConsolePosition start, int backlog) {
            this.position = start;
            this.backlog = backlog;
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
        public boolean isOpen() {
            return open;
        }

        @Override
        public int room() {
            return backlog - frames.size();
        }

        @Override
        public boolean offer(String frame) {
            if (fail) {
                throw new IllegalStateException("scripted failure");
            }
            if (frames.size() >= backlog) {
                return false;
            }
            frames.add(frame);
            return true;
        }

        int queued() {
            return frames.size();
        }

        /** The ids of the frames queued since the last drain, sent. */
        List<Long> drain() {
            List<Long> ids = frames.stream()
                    .map(f -> JsonParser.parseString(f)
                            .getAsJsonObject()
                            .get("id")
                            .getAsLong())
                    .toList();
            frames.clear();
            return ids;
        }
    }
}

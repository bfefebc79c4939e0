package com.skyorders.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The gap rules of the outbox reader, against an outbox in memory and a clock the test moves. */
class AlertTailTest {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final AlertTail.Timing TIMING =
            new AlertTail.Timing(Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMinutes(10), POLL);

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private AlertTail tail(long step, long start) {
        return new AlertTail(outbox, nanos::get, step, start, TIMING);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static List<Long> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).toList();
    }

    @Test
    void alertsThisNodeCommittedInOrderAreHandedOutWithoutReadingThemBack() {
        AlertTail tail = tail(1, 0);
        tail.next(100);
        int reads = outbox.reads();
        outbox.commit(1, 2);
        tail.offer(InMemoryOutbox.alert(1));
        tail.offer(InMemoryOutbox.alert(2));
        assertEquals(List.of(1L, 2L), ids(tail.next(100).inOrder()));
        assertEquals(reads, outbox.reads());
        assertEquals(2, tail.position());
    }

    @Test
    void aLaterAlertWaitsForAnEarlierOneStillInFlightThenBothComeInIdOrderOnce() {
        AlertTail tail = tail(1, 0);
        outbox.take(1);
        outbox.commit(2);
        tail.offer(InMemoryOutbox.alert(2));
        for (int i = 0; i < 20; i++) { // two seconds of passes: held, however often it looks
            assertEquals(List.of(), ids(tail.next(100).inOrder()));
            advance(Duration.ofMillis(100));
        }
        outbox.commit(1);
        tail.offer(InMemoryOutbox.alert(1));
        assertEquals(List.of(1L, 2L), ids(tail.next(100).inOrder()));
        advance(POLL);
        assertTrue(tail.next(100).isEmpty());
    }

    @Test
    void aRolledBackIdIsPassedOnceItHasSettledAndNeverBefore() {
        AlertTail tail = tail(1, 0);
        outbox.commit(2); // id 1 was taken by a transaction that rolled back: no row, no lock
        assertEquals(List.of(), ids(tail.next(100).inOrder()));
        advance(Duration.ofMillis(200));
        assertEquals(List.of(), ids(tail.next(100).inOrder()));
        advance(Duration.ofMillis(150));
        assertEquals(List.of(2L), ids(tail.next(100).inOrder()));
    }

    @Test
    void anIdThatCommitsBetweenTheReadAndTheProbeIsHeldForTheNextRead() {
        AlertTail tail = tail(1, 0);
        AlertTail.Source racing = new AlertTail.Source() {
            @Override
            public List<Alert> after(long position, int limit) {
                return outbox.after(position, limit);
            }

            @Override
            public List<Alert> between(long from, long to, int limit) {
                return outbox.between(from, to, limit);
            }

            @Override
            public AlertTail.GapState probe(long from, long to) {
                outbox.commit(1); // commits just after the read saw only 2
                return outbox.probe(from, to);
            }

            @Override
            public AlertHistory history() {
                return outbox.history();
            }
        };
        tail = new AlertTail(racing, nanos::get, 1, 0, TIMING);
        outbox.commit(2);
        tail.next(100);
        advance(Duration.ofMillis(400));
        assertEquals(List.of(), ids(tail.next(100).inOrder()));
        assertEquals(List.of(1L, 2L), ids(tail.next(100).inOrder()));
    }

    @Test
    void aTransactionStuckPastTheGiveUpTimeNoLongerHoldsOthersAndIsDeliveredLateOnceIfItCommits() {
        AlertTail tail = tail(1, 0);
        outbox.take(1);
        outbox.commit(2, 3);
        assertEquals(List.of(), ids(tail.next(100).inOrder()));
        advance(Duration.ofSeconds(31));
        AlertTail.Batch passed = tail.next(100);
        assertEquals(List.of(2L, 3L), ids(passed.inOrder()));
        assertEquals(List.of(), ids(passed.late()));
        outbox.commit(1);
        advance(POLL);
        AlertTail.Batch late = tail.next(100);
        assertEquals(List.of(1L), ids(late.late()));
        advance(POLL);
        assertTrue(tail.next(100).isEmpty());
    }

    @Test
    void idsOnAServerThatCountsInStepsOfTwoAreNotGaps() {
        AlertTail tail = tail(2, 1);
        outbox.commit(3, 5, 7);
        assertEquals(List.of(3L, 5L, 7L), ids(tail.next(100).inOrder()));
    }

    @Test
    void aBatchNeverExceedsItsLimitAndTheRestFollows() {
        AlertTail tail = tail(1, 0);
        for (long id = 1; id <= 5; id++) {
            outbox.commit(id);
        }
        assertEquals(List.of(1L, 2L, 3L), ids(tail.next(3).inOrder()));
        assertEquals(List.of(4L, 5L), ids(tail.next(3).inOrder()));
    }

    @Test
    void aTailWhoseOutboxIsResetUnderItStartsOverFromTheNewHistorysFirstAlert() {
        AlertTail tail = tail(1, 0);
        outbox.commit(1, 2, 3);
        assertEquals(List.of(1L, 2L, 3L), ids(tail.next(100).inOrder()));
        outbox.startNewHistory("2");
        outbox.commit(1);
        advance(POLL);
        assertTrue(tail.next(100).isEmpty(), "id 1 is below the old position: nothing, until the check");
        advance(Duration.ofSeconds(2));
        AlertTail.Batch reset = tail.next(100);
        assertTrue(reset.newHistory(), "the new epoch is seen");
        assertEquals("2", tail.epoch());
        assertEquals(List.of(1L), ids(reset.inOrder()), "the new history's alerts, from its first");
    }

    @Test
    void aNewEpochStartsOverEvenWhenItsIdsHavePassedTheOldPosition() {
        AlertTail tail = tail(1, 0);
        outbox.commit(1, 2);
        assertEquals(List.of(1L, 2L), ids(tail.next(100).inOrder()));
        advance(Duration.ofSeconds(3));
        assertTrue(tail.next(100).isEmpty(), "the same history: nothing to do");
        outbox.startNewHistory("3");
        outbox.commit(1, 2, 3, 4);
        advance(Duration.ofSeconds(3));
        AlertTail.Batch first = tail.next(100);
        assertTrue(first.newHistory(), "the epoch is checked before the read");
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(first.inOrder()), "3 and 4 are not taken for the old history's");
    }
}

package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a console is owed below its cursor: ranges that join, resume where they stopped, and stay bounded. */
class OwedAlertsTest {

    @Test
    void rangesThatOverlapOrTouchBecomeOneAndTheirCountIsBounded() {
        OwedAlerts owed = new OwedAlerts(2);
        assertTrue(owed.owe(0, 5));
        assertTrue(owed.owe(3, 4), "inside the last range");
        assertTrue(owed.owe(5, 7), "touching it");
        assertEquals(new OwedAlerts.Span(0, 7), owed.next());
        assertTrue(owed.owe(10, 12));
        assertFalse(owed.owe(20, 21), "a third separate range is past the bound");
        owed.paid(4);
        assertEquals(new OwedAlerts.Span(4, 7), owed.next(), "resumes after what went out");
        owed.settled();
        assertEquals(new OwedAlerts.Span(10, 12), owed.next());
        owed.settled();
        assertNull(owed.next());
    }

    @Test
    void idsGivenFromAWatchedGapAreForgottenOnceTheGapIsNoLongerWatched() {
        OwedAlerts owed = new OwedAlerts(10);
        owed.givenFromGap(4);
        owed.givenFromGap(9);
        assertTrue(owed.wasGivenFromGap(4));
        owed.forgetGivenUnless(id -> id == 9);
        assertFalse(owed.wasGivenFromGap(4));
        assertTrue(owed.wasGivenFromGap(9));
    }
}

package com.skyorders.outbox;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox as a relay reads it: committed alerts after an id, in id order, and which history they belong to. Ids
 * are in commit order (see AlertPublisher), so "after the last one I read" misses nothing. A seam, so the relay's
 * rules are tested against an outbox in memory.
 */
public interface AlertSource {

    /** At most {@code limit} committed alerts with ids above {@code id}, ascending. */
    List<Alert> after(long id, int limit);

    AlertHistory history();

    /** The real outbox table. */
    static AlertSource of(Jdbi jdbi) {
        return new AlertTable(jdbi);
    }
}

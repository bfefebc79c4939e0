package com.skyorders.outbox;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The outbox table as the relay reads it, a short-lived handle per read. */
record AlertTable(Jdbi jdbi) implements AlertSource {

    @Override
    public List<Alert> after(long id, int limit) {
        return jdbi.withHandle(h -> new AlertDao(h).after(id, limit));
    }

    @Override
    public AlertHistory history() {
        return jdbi.withHandle(h -> new AlertDao(h).history());
    }
}

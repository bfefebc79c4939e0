package com.skyorders.socket;

/**
 * Where one console is in the alert stream: the last alert id it was given, or starts after. Only the relay's pass
 * reads and moves it.
 */
final class ConsoleCursor {

    private long registeredAt;
    private Since since;
    private Long at;

    /**
     * A console that connected when the relay had read up to {@code registeredAt}, asking to start after
     * {@code since} (null: it did not say, as the tutorial's admin never does).
     */
    ConsoleCursor(long registeredAt, Since since) {
        this.registeredAt = registeredAt;
        this.since = since;
    }

    /** Null until the relay decided where this console starts. */
    Long at() {
        return at;
    }

    /** Where a console whose since was missing or void starts: where the relay was when it connected. */
    long registeredAt() {
        return registeredAt;
    }

    Since since() {
        return since;
    }

    void startAfter(long alertId) {
        at = Math.max(0, alertId);
    }

    /** The outbox started a new history: the ids this console holds are void; it starts from the first alert. */
    void startOver() {
        at = at == null ? null : 0L;
        registeredAt = 0;
        since = null;
    }
}

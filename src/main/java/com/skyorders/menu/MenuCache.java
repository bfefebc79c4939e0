package com.skyorders.menu;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * This node's copy of the customer menu lists, without Redis. Every menu write bumps the one-row menu version in
 * its own transaction; the cache holds entries read at one version and re-reads the version (one primary-key SELECT)
 * at most once per {@code checkEvery}, starting empty when it moved. A list is read in the same transaction as the
 * version, version first, and kept only when that version is still the cache's: data older than the version it is
 * filed under is never kept, so a change shows on every node within {@code checkEvery} (and at once on the node
 * that made it). {@code checkEvery} zero turns the cache off.
 */
public final class MenuCache {

    /** Distinct lists kept per version: a client asking for made-up categories cannot grow it further. */
    static final int MAX_ENTRIES = 2_000;

    private record Snapshot(long version, long checkDueNanos, ConcurrentHashMap<String, Object> entries) {}

    private record Loaded(long version, Object value) {}

    private final Jdbi jdbi;
    private final long checkEveryNanos;
    private volatile Snapshot current = new Snapshot(Long.MIN_VALUE, System.nanoTime(), new ConcurrentHashMap<>());

    public MenuCache(Jdbi jdbi, Duration checkEvery) {
        this.jdbi = jdbi;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Function<Handle, T> loader) {
        if (checkEveryNanos == 0) {
            return jdbi.withHandle(loader::apply);
        }
        Snapshot snapshot = fresh();
        Object hit = snapshot.entries().get(key);
        if (hit != null) {
            return (T) hit;
        }
        Loaded loaded = jdbi.inTransaction(handle -> new Loaded(MenuVersionDao.read(handle), loader.apply(handle)));
        if (loaded.version() == snapshot.version() && snapshot.entries().size() < MAX_ENTRIES) {
            snapshot.entries().putIfAbsent(key, loaded.value());
        }
        return (T) loaded.value();
    }

    /** The next read checks the version first (this node has just written the menu). */
    void invalidate() {
        synchronized (this) {
            Snapshot s = current;
            current = new Snapshot(s.version(), System.nanoTime(), s.entries());
        }
    }

    private Snapshot fresh() {
        Snapshot snapshot = current;
        if (System.nanoTime() - snapshot.checkDueNanos() < 0) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current;
            long now = System.nanoTime();
            if (now - snapshot.checkDueNanos() < 0) {
                return snapshot;
            }
            long version = jdbi.withHandle(MenuVersionDao::read);
            current = new Snapshot(
                    version,
                    now + checkEveryNanos,
                    version == snapshot.version() ? snapshot.entries() : new ConcurrentHashMap<>());
            return current;
        }
    }
}

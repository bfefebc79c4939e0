package com.skyorders.menu;

import com.skyorders.error.AppException;
import com.skyorders.error.DuplicateKey;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * How every menu write runs, written once: one transaction that first bumps the menu version — which also takes
 * that row's lock, so menu writes run one at a time and a rule checked inside one (a stopped dish, a category in
 * use) still holds when it commits — then the work. A duplicate name is the tutorial's {@code '川菜'已存在}. After
 * the transaction this node's cache re-reads the version at once; the other nodes within their check interval.
 */
final class MenuWrites {

    private final Jdbi jdbi;
    private final Clock clock;
    private final MenuCache cache;

    MenuWrites(Jdbi jdbi, Clock clock, MenuCache cache) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cache = cache;
    }

    <T> T run(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(handle -> {
                MenuVersionDao.bump(handle);
                return work.withHandle(handle);
            });
        } catch (UnableToExecuteStatementException e) {
            throw duplicate(e);
        } finally {
            cache.invalidate();
        }
    }

    void use(java.util.function.Consumer<Handle> work) {
        run(handle -> {
            work.accept(handle);
            return null;
        });
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static RuntimeException duplicate(UnableToExecuteStatementException e) {
        return DuplicateKey.entry(e)
                .<RuntimeException>map(
                        entry -> AppException.conflict((entry.isEmpty() ? "名称" : "'" + entry + "'") + "已存在"))
                .orElse(e);
    }
}

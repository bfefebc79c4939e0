package com.skyorders.menu;

import org.jdbi.v3.core.Handle;

/** The one-row menu version: every menu write bumps it in its own transaction; each node's cache compares it. */
final class MenuVersionDao {

    private MenuVersionDao() {}

    static long read(Handle handle) {
        return handle.createQuery("SELECT version FROM menu_version WHERE id = 1")
                .mapTo(Long.class)
                .one();
    }

    static void bump(Handle handle) {
        handle.execute("UPDATE menu_version SET version = version + 1 WHERE id = 1");
    }
}

package com.skyorders;

import java.sql.SQLException;

/** Turns a start-up exception chain into one line that names the real cause: the bad key, or the database's own words. */
final class StartupFailure {

    private StartupFailure() {}

    static String describe(Throwable failure) {
        Throwable root = failure;
        SQLException sql = null;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof SQLException e && sql == null) {
                sql = e;
            }
        }
        if (sql != null) {
            return "cannot use the database: " + sql.getMessage() + " (SQLState " + sql.getSQLState() + ")";
        }
        if (root == failure) {
            return failure.getMessage();
        }
        return failure.getMessage() + " — caused by " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

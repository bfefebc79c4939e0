package com.skyorders.order;

import com.skyorders.order.OrderStatus.Transition;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Binds a {@link Transition} into a statement as {@code :to} (its target status) and {@code <from>} (the statuses
 * it may start from), so a status-changing statement names no status itself. The one place a transition becomes
 * SQL: {@link OrderDao}'s statements and the sweeps' call it.
 */
public final class BindTransition {

    private BindTransition() {}

    public static <S extends SqlStatement<S>> S bind(SqlStatement<S> statement, Transition transition) {
        return statement.bind("to", transition.toCode()).bindList("from", transition.fromCodes());
    }
}

package com.skyorders.order;

import com.skyorders.order.OrderStatus.Transition;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.jdbi.v3.sqlobject.customizer.SqlStatementParameterCustomizer;

/**
 * Binds a {@link Transition} parameter of a SQL object method as {@code :to} (its target status) and
 * {@code <from>} (the statuses it may start from), so a status-changing statement names no status itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@SqlStatementCustomizingAnnotation(BindTransition.Factory.class)
public @interface BindTransition {

    /** Jdbi's side of the annotation. */
    final class Factory implements SqlStatementCustomizerFactory {
        @Override
        public SqlStatementParameterCustomizer createForParameter(
                java.lang.annotation.Annotation annotation,
                Class<?> sqlObjectType,
                Method method,
                Parameter param,
                int index,
                Type paramType) {
            return (statement, argument) -> bind(statement, (Transition) argument);
        }

        /** The one place a transition becomes {@code :to} and {@code <from>}; OrderDao's statements call it too. */
        static <S extends SqlStatement<S>> S bind(SqlStatement<S> statement, Transition transition) {
            return statement.bind("to", transition.toCode()).bindList("from", transition.fromCodes());
        }
    }
}

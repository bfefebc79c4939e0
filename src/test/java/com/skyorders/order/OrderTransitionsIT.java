package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.skyorders.config.JdbiFactory;
import com.skyorders.order.OrderStatus.Transition;
import com.skyorders.sweep.SweepDao;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DAOs' status-changing statements straight on Jdbi and the real database (clearer than over HTTP): each
 * transition, tried from every status, changes the row exactly when {@link Transition} allows it, to its target.
 */
@ExtendWith(SkyOrders.class)
class OrderTransitionsIT {

    private final Shop shop;
    private final Jdbi jdbi;

    OrderTransitionsIT(Shop shop, TestServer server) {
        this.shop = shop;
        this.jdbi = JdbiFactory.create(server.database().dataSource());
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void eachStatementMovesExactlyTheStatusesItsTransitionAllows(Transition transition) {
        Customer customer = shop.newCustomer();
        for (OrderStatus from : OrderStatus.values()) {
            long id = shop.idsOf(shop.insertOrders(customer, 1, 1)).get(0);
            shop.forceStatus(id, from.code());
            boolean allowed = transition.allowedFrom(from);
            int changed = jdbi.inTransaction(handle -> apply(handle, transition, id));
            OrderStatus now = OrderStatus.of(shop.status(id));
            assertEquals(allowed ? 1 : 0, changed, transition + " from " + from);
            assertEquals(allowed ? transition.to() : from, now, transition + " from " + from);
        }
    }

    private static int apply(Handle handle, Transition transition, long id) {
        OrderDao orders = new OrderDao(handle);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        return switch (transition) {
            case PAY -> {
                // Unpaid, whatever its status.
                handle.execute("UPDATE orders SET pay_status = ? WHERE id = ?", PayStatus.UNPAID.code(), id);
                yield orders.markPaid(id, transition, 1, now, "tx-" + id);
            }
            case CONFIRM, DISPATCH -> orders.move(id, transition);
            case REJECT -> orders.reject(id, transition, "test", now);
            case CANCEL_BY_CUSTOMER, CANCEL_BY_SHOP -> orders.cancel(id, transition, "test", now);
            case COMPLETE -> orders.complete(id, transition, now);
            case EXPIRE -> {
                // The sweep's statement is not per order: make this one the only order old enough.
                handle.execute("UPDATE orders SET order_time = '2000-01-01 00:00:00' WHERE id = ?", id);
                yield new SweepDao(handle)
                        .cancelUnpaid(transition, LocalDateTime.of(2000, 1, 2, 0, 0), "test", now, 10);
            }
        };
    }
}

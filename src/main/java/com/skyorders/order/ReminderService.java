package com.skyorders.order;

import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * 客户催单: a customer reminds the shop of their own order while the shop still owes them something
 * (待接单, 已接单 or 派送中).
 */
public final class ReminderService {

    private static final Set<OrderStatus> REMINDABLE =
            Set.of(OrderStatus.TO_BE_CONFIRMED, OrderStatus.CONFIRMED, OrderStatus.DELIVERY_IN_PROGRESS);

    private final Jdbi jdbi;

    public ReminderService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void remind(long userId, long orderId) {
        jdbi.useTransaction(handle -> {
            Order order = OrderService.ownOrder(handle.attach(OrderDao.class), userId, orderId);
            if (!REMINDABLE.contains(order.orderStatus())) {
                throw new OrderStatusException();
            }
        });
    }
}

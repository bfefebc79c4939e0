package com.skyorders.order;

import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads of orders for both audiences. A page costs three queries whatever its size: the count, the orders, and
 * all of their lines at once (never one query per order).
 */
public final class OrderQueries {

    private final Jdbi jdbi;

    public OrderQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<OrderWithDetails> history(long userId, Integer status, PageRequest page) {
        Filter filter = new Filter();
        filter.add("user_id = :userId", "userId", userId);
        if (status != null) {
            filter.add("status = :status", "status", status);
        }
        return page(filter, page);
    }

    public Page<OrderWithDetails> search(OrderSearch search, PageRequest page) {
        Filter filter = new Filter();
        if (search.number() != null) {
            filter.add("number LIKE :number ESCAPE '!'", "number", "%" + escapeLike(search.number()) + "%");
        }
        if (search.phone() != null) {
            filter.add("phone LIKE :phone ESCAPE '!'", "phone", "%" + escapeLike(search.phone()) + "%");
        }
        if (search.status() != null) {
            filter.add("status = :status", "status", search.status());
        }
        if (search.beginTime() != null) {
            filter.add("order_time >= :beginTime", "beginTime", search.beginTime());
        }
        if (search.endTime() != null) {
            filter.add("order_time <= :endTime", "endTime", search.endTime());
        }
        return page(filter, page);
    }

    /** The caller's order with its lines and reminders; another customer's is not found. */
    public OrderWithDetails customerDetail(long userId, long orderId) {
        return detail(orderId, order -> order.userId() == userId);
    }

    public OrderWithDetails staffDetail(long orderId) {
        return detail(orderId, order -> true);
    }

    /** What a staff member's order page shows under the lines: items, pack fee, delivery fee, total. */
    public OrderCharges charges(OrderWithDetails detail) {
        return OrderCharges.of(
                detail.order(),
                detail.details(),
                jdbi.withHandle(
                        handle -> new OrderDao(handle).feesOf(detail.order().id())));
    }

    private OrderWithDetails detail(long orderId, Predicate<Order> visible) {
        return jdbi.withHandle(handle -> {
            OrderDao orders = new OrderDao(handle);
            Order order = orders.find(orderId).filter(visible).orElseThrow(OrderNotFoundException::new);
            return new OrderWithDetails(
                    order, orders.detailsOf(List.of(orderId)), ReminderSummary.of(new ReminderDao(handle).of(orderId)));
        });
    }

    public OrderStatistics statistics() {
        Map<Integer, Long> counts = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT status, COUNT(*) AS n FROM orders WHERE status IN (<open>) GROUP BY status")
                .bindList(
                        "open",
                        List.of(
                                OrderStatus.TO_BE_CONFIRMED.code(),
                                OrderStatus.CONFIRMED.code(),
                                OrderStatus.DELIVERY_IN_PROGRESS.code()))
                .reduceRows(new LinkedHashMap<>(), (map, row) -> {
                    map.put(row.getColumn("status", Integer.class), row.getColumn("n", Long.class));
                    return map;
                }));
        return new OrderStatistics(
                counts.getOrDefault(OrderStatus.TO_BE_CONFIRMED.code(), 0L),
                counts.getOrDefault(OrderStatus.CONFIRMED.code(), 0L),
                counts.getOrDefault(OrderStatus.DELIVERY_IN_PROGRESS.code(), 0L));
    }

    private Page<OrderWithDetails> page(Filter filter, PageRequest page) {
        return jdbi.withHandle(handle -> {
            long total = filter.bind(handle.createQuery("SELECT COUNT(*) FROM orders" + filter.where()))
                    .mapTo(Long.class)
                    .one();
            if (total == 0) {
                return new Page<>(0, List.of());
            }
            List<Order> orders = filter.bind(handle.createQuery(OrderDao.COLUMNS + filter.where()
                            + " ORDER BY order_time DESC, id DESC LIMIT :limit OFFSET :offset"))
                    .bind("limit", page.pageSize())
                    .bind("offset", page.offset())
                    .map(new OrderRowMapper())
                    .list();
            return new Page<>(total, withDetails(handle, orders));
        });
    }

    private static List<OrderWithDetails> withDetails(Handle handle, List<Order> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderDetail>> byOrder = new OrderDao(handle)
                .detailsOf(orders.stream().map(Order::id).toList()).stream()
                        .collect(Collectors.groupingBy(OrderDetail::orderId));
        return orders.stream()
                .map(o -> new OrderWithDetails(o, byOrder.getOrDefault(o.id(), List.of())))
                .toList();
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** WHERE clauses built only from fixed fragments; every value is a bound parameter. */
    private static final class Filter {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            values.put(name, value);
        }

        String where() {
            return clauses.isEmpty() ? " " : " WHERE " + String.join(" AND ", clauses) + " ";
        }

        Query bind(Query query) {
            values.forEach(query::bind);
            return query;
        }
    }
}

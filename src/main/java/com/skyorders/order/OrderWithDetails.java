package com.skyorders.order;

import java.util.List;
import java.util.stream.Collectors;

/** An order and its lines (what OrderVO shows), and, on a single order's page, its reminders. */
public record OrderWithDetails(Order order, List<OrderDetail> details, ReminderSummary reminders) {

    public OrderWithDetails(Order order, List<OrderDetail> details) {
        this(order, details, null);
    }

    /** The tutorial's one-line summary, e.g. {@code 宫保鸡丁*2;米饭*1;}. */
    public String orderDishes() {
        return details.stream().map(d -> d.name() + "*" + d.number() + ";").collect(Collectors.joining());
    }
}

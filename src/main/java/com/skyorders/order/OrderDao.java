package com.skyorders.order;

import com.skyorders.order.OrderStatus.Transition;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Orders and their lines. Every status change is one conditional UPDATE binding its {@link Transition}: the status
 * it sets and the statuses it may start from. Callers check the row count, so a lost race is a conflict, not an
 * overwrite.
 */
@RegisterRowMapper(OrderRowMapper.class)
@RegisterConstructorMapper(OrderDetail.class)
public interface OrderDao {

    String COLUMNS = "SELECT id, number, status, user_id, address_book_id, order_time, checkout_time, pay_method, "
            + "pay_status, amount, remark, user_name, phone, address, consignee, cancel_reason, rejection_reason, "
            + "cancel_time, estimated_delivery_time, delivery_status, delivery_time, pack_amount, tableware_number, "
            + "tableware_status FROM orders ";

    @SqlUpdate("INSERT INTO orders (number, status, user_id, address_book_id, order_time, pay_method, pay_status, "
            + "amount, remark, user_name, phone, address, consignee, estimated_delivery_time, delivery_status, "
            + "pack_amount, tableware_number, tableware_status, pack_fee, delivery_fee) VALUES (:o.number, 1, "
            + ":o.userId, :o.addressBookId, :o.orderTime, :o.payMethod, 0, :o.amount, :o.remark, :o.userName, :o.phone, "
            + ":o.address, :o.consignee, :o.estimatedDeliveryTime, :o.deliveryStatus, :o.packAmount, "
            + ":o.tablewareNumber, :o.tablewareStatus, :o.packFee, :o.deliveryFee)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("o") NewOrder order);

    @SqlBatch("INSERT INTO order_detail (name, image, order_id, dish_id, setmeal_id, dish_flavor, number, amount) "
            + "VALUES (:d.name, :d.image, :d.orderId, :d.dishId, :d.setmealId, :d.dishFlavor, :d.number, :d.amount)")
    void insertDetails(@BindMethods("d") List<OrderDetail> details);

    @SqlQuery(COLUMNS + "WHERE id = :id")
    Optional<Order> find(@Bind("id") long id);

    @SqlQuery(COLUMNS + "WHERE id = :id FOR UPDATE")
    Optional<Order> lock(@Bind("id") long id);

    @SqlQuery(COLUMNS + "WHERE number = :number")
    Optional<Order> findByNumber(@Bind("number") String number);

    @SqlQuery(COLUMNS + "WHERE number = :number FOR UPDATE")
    Optional<Order> lockByNumber(@Bind("number") String number);

    @SqlQuery("SELECT id, name, order_id, dish_id, setmeal_id, dish_flavor, number, amount, image FROM order_detail "
            + "WHERE order_id IN (<orderIds>) ORDER BY order_id, id")
    List<OrderDetail> detailsOf(@BindList("orderIds") List<Long> orderIds);

    @SqlUpdate("UPDATE orders SET status = :to, pay_status = 1, pay_method = :payMethod, checkout_time = :now, "
            + "pay_transaction_id = :transactionId WHERE id = :id AND status IN (<from>) AND pay_status = 0")
    int markPaid(
            @Bind("id") long id,
            @BindTransition Transition pay,
            @Bind("payMethod") int payMethod,
            @Bind("now") LocalDateTime now,
            @Bind("transactionId") String transactionId);

    @SqlQuery("SELECT pack_fee, delivery_fee FROM orders WHERE id = :id")
    @RegisterConstructorMapper(ChargedFees.class)
    ChargedFees feesOf(@Bind("id") long id);

    @SqlUpdate("UPDATE orders SET pay_transaction_id = :transactionId WHERE id = :id AND pay_transaction_id IS NULL")
    int recordPayTransaction(@Bind("id") long id, @Bind("transactionId") String transactionId);

    @SqlQuery("SELECT pay_transaction_id FROM orders WHERE id = :id")
    Optional<String> payTransactionOf(@Bind("id") long id);

    /** A transition that changes nothing but the status (accept, dispatch). */
    @SqlUpdate("UPDATE orders SET status = :to WHERE id = :id AND status IN (<from>)")
    int move(@Bind("id") long id, @BindTransition Transition transition);

    /** A cancelling transition (by the customer, by the shop); a paid order's payment is marked for refund. */
    @SqlUpdate("UPDATE orders SET status = :to, cancel_reason = :reason, cancel_time = :now, "
            + "pay_status = IF(pay_status = 1, 2, pay_status) WHERE id = :id AND status IN (<from>)")
    int cancel(
            @Bind("id") long id,
            @BindTransition Transition transition,
            @Bind("reason") String reason,
            @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE orders SET status = :to, rejection_reason = :reason, cancel_time = :now, "
            + "pay_status = IF(pay_status = 1, 2, pay_status) WHERE id = :id AND status IN (<from>)")
    int reject(
            @Bind("id") long id,
            @BindTransition Transition reject,
            @Bind("reason") String reason,
            @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE orders SET status = :to, delivery_time = :now WHERE id = :id AND status IN (<from>)")
    int complete(@Bind("id") long id, @BindTransition Transition complete, @Bind("now") LocalDateTime now);

    /** A payment that reached us for an order already cancelled: the money goes back. */
    default int markRefundedAfterCancel(long id, String transactionId) {
        return markRefundedAfterCancel(id, OrderStatus.CANCELLED.code(), transactionId);
    }

    @SqlUpdate("UPDATE orders SET pay_status = 2, pay_transaction_id = :transactionId "
            + "WHERE id = :id AND status = :cancelled AND pay_status = 0")
    int markRefundedAfterCancel(
            @Bind("id") long id, @Bind("cancelled") int cancelled, @Bind("transactionId") String transactionId);
}

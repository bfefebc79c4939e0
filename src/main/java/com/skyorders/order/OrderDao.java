package com.skyorders.order;

import com.skyorders.order.OrderStatus.Transition;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Orders and their lines, on one handle. Every status change is one conditional UPDATE binding its
 * {@link Transition}: the status it sets and the statuses it may start from. Callers check the row count, so a lost
 * race is a conflict, not an overwrite.
 *
 * <p>A plain class on Jdbi's fluent API, not a SQL object: every order request uses it, and attaching a SQL object
 * builds an invoker for each of its methods on every attach (a quarter of a reminder's CPU in the profile).
 */
public final class OrderDao {

    /** The columns {@link OrderRowMapper} reads. */
    static final String COLUMN_LIST = "id, number, status, user_id, address_book_id, order_time, checkout_time, "
            + "pay_method, pay_status, amount, remark, user_name, phone, address, consignee, cancel_reason, "
            + "rejection_reason, cancel_time, estimated_delivery_time, delivery_status, delivery_time, pack_amount, "
            + "tableware_number, tableware_status";

    public static final String COLUMNS = "SELECT " + COLUMN_LIST + " FROM orders ";

    private static final RowMapper<Order> ORDER = new OrderRowMapper();
    private static final RowMapper<OrderDetail> DETAIL = ConstructorMapper.of(OrderDetail.class);
    private static final RowMapper<ChargedFees> FEES = ConstructorMapper.of(ChargedFees.class);

    private final Handle handle;

    public OrderDao(Handle handle) {
        this.handle = handle;
    }

    public long insert(NewOrder order) {
        return handle.createUpdate("INSERT INTO orders (number, status, user_id, address_book_id, order_time, "
                        + "pay_method, pay_status, amount, remark, user_name, phone, address, consignee, "
                        + "estimated_delivery_time, delivery_status, pack_amount, tableware_number, tableware_status, "
                        + "pack_fee, delivery_fee) VALUES (:number, :status, :userId, :addressBookId, :orderTime, "
                        + ":payMethod, :unpaid, :amount, :remark, :userName, :phone, :address, :consignee, "
                        + ":estimatedDeliveryTime, :deliveryStatus, :packAmount, :tablewareNumber, "
                        + ":tablewareStatus, :packFee, :deliveryFee)")
                .bind("number", order.number())
                .bind("status", OrderStatus.PENDING_PAYMENT.code())
                .bind("unpaid", PayStatus.UNPAID.code())
                .bind("userId", order.userId())
                .bind("addressBookId", order.addressBookId())
                .bind("orderTime", order.orderTime())
                .bind("payMethod", order.payMethod())
                .bind("amount", order.amount())
                .bind("remark", order.remark())
                .bind("userName", order.userName())
                .bind("phone", order.phone())
                .bind("address", order.address())
                .bind("consignee", order.consignee())
                .bindByType("estimatedDeliveryTime", order.estimatedDeliveryTime(), LocalDateTime.class)
                .bind("deliveryStatus", order.deliveryStatus())
                .bind("packAmount", order.packAmount())
                .bind("tablewareNumber", order.tablewareNumber())
                .bind("tablewareStatus", order.tablewareStatus())
                .bind("packFee", order.packFee())
                .bind("deliveryFee", order.deliveryFee())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    public void insertDetails(List<OrderDetail> details) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO order_detail (name, image, order_id, dish_id, "
                + "setmeal_id, dish_flavor, number, amount) VALUES (:name, :image, :orderId, :dishId, "
                + ":setmealId, :dishFlavor, :number, :amount)");
        for (OrderDetail detail : details) {
            batch.bind("name", detail.name())
                    .bind("image", detail.image())
                    .bind("orderId", detail.orderId())
                    .bind("dishId", detail.dishId())
                    .bind("setmealId", detail.setmealId())
                    .bind("dishFlavor", detail.dishFlavor())
                    .bind("number", detail.number())
                    .bind("amount", detail.amount())
                    .add();
        }
        batch.execute();
    }

    public Optional<Order> find(long id) {
        return one("WHERE id = :key", id);
    }

    public Optional<Order> lock(long id) {
        return one("WHERE id = :key FOR UPDATE", id);
    }

    public Optional<Order> findByNumber(String number) {
        return one("WHERE number = :key", number);
    }

    public Optional<Order> lockByNumber(String number) {
        return one("WHERE number = :key FOR UPDATE", number);
    }

    public List<OrderDetail> detailsOf(List<Long> orderIds) {
        return handle.createQuery("SELECT id, name, order_id, dish_id, setmeal_id, dish_flavor, number, amount, "
                        + "image FROM order_detail WHERE order_id IN (<orderIds>) ORDER BY order_id, id")
                .bindList("orderIds", orderIds)
                .map(DETAIL)
                .list();
    }

    public int markPaid(long id, Transition pay, int payMethod, LocalDateTime now, String transactionId) {
        return BindTransition.bind(
                        handle.createUpdate(
                                "UPDATE orders SET status = :to, pay_status = :paid, pay_method = :payMethod, "
                                        + "checkout_time = :now, pay_transaction_id = :transactionId "
                                        + "WHERE id = :id AND status IN (<from>) AND pay_status = :unpaid"),
                        pay)
                .bind("id", id)
                .bind("paid", PayStatus.PAID.code())
                .bind("unpaid", PayStatus.UNPAID.code())
                .bind("payMethod", payMethod)
                .bind("now", now)
                .bind("transactionId", transactionId)
                .execute();
    }

    public ChargedFees feesOf(long id) {
        return handle.createQuery("SELECT pack_fee, delivery_fee FROM orders WHERE id = :id")
                .bind("id", id)
                .map(FEES)
                .one();
    }

    public int recordPayTransaction(long id, String transactionId) {
        return handle.createUpdate("UPDATE orders SET pay_transaction_id = :transactionId "
                        + "WHERE id = :id AND pay_transaction_id IS NULL")
                .bind("id", id)
                .bind("transactionId", transactionId)
                .execute();
    }

    public Optional<String> payTransactionOf(long id) {
        return handle.createQuery("SELECT pay_transaction_id FROM orders WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    /** A transition that changes nothing but the status (accept, dispatch). */
    public int move(long id, Transition transition) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to WHERE id = :id AND status IN (<from>)"),
                        transition)
                .bind("id", id)
                .execute();
    }

    /** A cancelling transition (by the customer, by the shop); a paid order's payment is marked for refund. */
    public int cancel(long id, Transition transition, String reason, LocalDateTime now) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to, cancel_reason = :reason, "
                                + "cancel_time = :now, pay_status = IF(pay_status = :paid, :refunded, pay_status) "
                                + "WHERE id = :id AND status IN (<from>)"),
                        transition)
                .bind("id", id)
                .bind("paid", PayStatus.PAID.code())
                .bind("refunded", PayStatus.REFUNDED.code())
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    public int reject(long id, Transition reject, String reason, LocalDateTime now) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to, rejection_reason = :reason, "
                                + "cancel_time = :now, pay_status = IF(pay_status = :paid, :refunded, pay_status) "
                                + "WHERE id = :id AND status IN (<from>)"),
                        reject)
                .bind("id", id)
                .bind("paid", PayStatus.PAID.code())
                .bind("refunded", PayStatus.REFUNDED.code())
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    public int complete(long id, Transition complete, LocalDateTime now) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to, delivery_time = :now "
                                + "WHERE id = :id AND status IN (<from>)"),
                        complete)
                .bind("id", id)
                .bind("now", now)
                .execute();
    }

    /** A payment that reached us for an order already cancelled: the money goes back. */
    public int markRefundedAfterCancel(long id, String transactionId) {
        return handle.createUpdate("UPDATE orders SET pay_status = :refunded, pay_transaction_id = :transactionId "
                        + "WHERE id = :id AND status = :cancelled AND pay_status = :unpaid")
                .bind("id", id)
                .bind("cancelled", OrderStatus.CANCELLED.code())
                .bind("refunded", PayStatus.REFUNDED.code())
                .bind("unpaid", PayStatus.UNPAID.code())
                .bind("transactionId", transactionId)
                .execute();
    }

    private Optional<Order> one(String where, Object key) {
        return handle.createQuery(COLUMNS + where).bind("key", key).map(ORDER).findOne();
    }
}

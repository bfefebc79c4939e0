package com.skyorders.order;

import com.skyorders.address.AddressBook;
import com.skyorders.address.AddressBookDao;
import com.skyorders.address.AddressBookService;
import com.skyorders.cart.CartDao;
import com.skyorders.cart.CartItem;
import com.skyorders.cart.CartProduct;
import com.skyorders.cart.CartService;
import com.skyorders.error.AppException;
import com.skyorders.error.DuplicateKey;
import com.skyorders.error.Problem;
import com.skyorders.menu.MenuDao;
import com.skyorders.shop.ShopService;
import com.skyorders.user.User;
import com.skyorders.user.UserDao;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A customer's side of an order: submit from the cart, cancel, order again. Every method works only on the
 * caller's own orders; anyone else's are "not found".
 */
public final class OrderService {

    static final String CUSTOMER_CANCEL_REASON = "用户取消";
    private static final int NUMBER_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final OrderPricing pricing;
    private final OrderNumbers numbers = new OrderNumbers();

    public OrderService(Jdbi jdbi, Clock clock, OrderPricing pricing) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.pricing = pricing;
    }

    /** Copies the cart into a new order and clears it, all in one transaction under the customer's lock. */
    public SubmitResult submit(long userId, SubmitOrder request) {
        request.validate();
        return jdbi.inTransaction(handle -> {
            ShopService.requireOpen(handle);
            User user = new UserDao(handle).lockAndFind(userId).orElseThrow(() -> AppException.notFound("用户不存在"));
            AddressBook address = new AddressBookDao(handle)
                    .find(userId, request.addressBookId())
                    .orElseThrow(() -> AppException.notFound(AddressBookService.NOT_FOUND));
            CartDao cartDao = new CartDao(handle);
            List<CartItem> cart = cartDao.list(userId);
            if (cart.isEmpty()) {
                throw new AppException(Problem.INVALID_INPUT, "购物车数据为空，不能下单");
            }
            var expected = pricing.total(cart);
            if (expected.compareTo(request.amount()) != 0) {
                throw AppException.conflict("订单金额有误，应付" + expected.toPlainString() + "元");
            }
            int items = OrderPricing.itemCount(cart);
            if (request.packAmount() != null && request.packAmount() != items) {
                throw AppException.conflict("打包费件数有误，应为" + items);
            }
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            SubmitResult submitted =
                    insertWithFreshNumber(handle, now, userId, user, address, request, items, pricing.packing(cart));
            long orderId = submitted.id();
            new OrderDao(handle)
                    .insertDetails(cart.stream()
                            .map(line -> new OrderDetail(
                                    0,
                                    line.name(),
                                    orderId,
                                    line.dishId(),
                                    line.setmealId(),
                                    line.dishFlavor(),
                                    line.number(),
                                    line.amount(),
                                    line.image()))
                            .toList());
            cartDao.clean(userId);
            return submitted;
        });
    }

    private SubmitResult insertWithFreshNumber(
            Handle handle,
            LocalDateTime now,
            long userId,
            User user,
            AddressBook address,
            SubmitOrder request,
            int items,
            BigDecimal packing) {
        OrderDao orders = new OrderDao(handle);
        for (int attempt = 1; ; attempt++) {
            // The stored order time is whole seconds; the number keeps the milliseconds.
            NewOrder order = new NewOrder(
                    numbers.next(LocalDateTime.now(clock)),
                    userId,
                    address.id(),
                    now,
                    request.payMethod(),
                    request.amount(),
                    request.remark(),
                    user.name(),
                    address.phone(),
                    address.fullAddress(),
                    address.consignee(),
                    request.estimatedDelivery(),
                    request.deliveryStatus() == null ? 1 : request.deliveryStatus(),
                    items,
                    request.tablewareNumber(),
                    request.tablewareStatus() == null ? 1 : request.tablewareStatus(),
                    packing,
                    pricing.deliveryFee());
            try {
                return new SubmitResult(orders.insert(order), order.number(), order.amount(), now);
            } catch (UnableToExecuteStatementException e) {
                // MySQL rolls back only the failed statement, so the transaction can simply try another number.
                if (!DuplicateKey.in(e) || attempt == NUMBER_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** From 待付款 or 待接单 only; a paid order's payment goes to the refund outbox. */
    public void cancel(long userId, long orderId) {
        jdbi.useTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            Order order = ownOrder(orders, userId, orderId);
            LocalDateTime now = LocalDateTime.now(clock);
            if (orders.cancel(order.id(), OrderStatus.Transition.CANCEL_BY_CUSTOMER, CUSTOMER_CANCEL_REASON, now)
                    != 1) {
                throw new OrderStatusException();
            }
            if (order.paid()) {
                Refunds.refundPayment(handle, order, CUSTOMER_CANCEL_REASON, now);
            }
        });
    }

    /**
     * Puts an earlier order's dishes back into the cart ("再来一单"), merged into the lines already there, at
     * today's prices; dishes no longer on sale are left out. Returns how many lines were added back.
     */
    public int repeat(long userId, long orderId) {
        return jdbi.inTransaction(handle -> {
            new UserDao(handle).lock(userId);
            OrderDao orders = new OrderDao(handle);
            Order order = ownOrder(orders, userId, orderId);
            LocalDateTime now = LocalDateTime.now(clock);
            MenuDao menu = new MenuDao(handle);
            int added = 0;
            for (OrderDetail line : orders.detailsOf(List.of(order.id()))) {
                Optional<CartProduct> product = orderableAgain(menu, line);
                if (product.isPresent()) {
                    CartService.addLine(handle, userId, product.get(), line.number(), now);
                    added++;
                }
            }
            return added;
        });
    }

    /** An order line's dish (with its flavour) or set meal, if it can be ordered as it was; else empty (skipped). */
    private static Optional<CartProduct> orderableAgain(MenuDao menu, OrderDetail line) {
        if (line.dishId() == null && line.setmealId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CartProduct.onSale(menu, line.dishId(), line.setmealId(), line.dishFlavor()));
        } catch (AppException goneOrChanged) {
            return Optional.empty();
        }
    }

    /** The caller's order, locked for this transaction; anyone else's does not exist. */
    static Order ownOrder(OrderDao orders, long userId, long orderId) {
        return orders.lock(orderId).filter(o -> o.userId() == userId).orElseThrow(OrderNotFoundException::new);
    }
}

package com.skyorders.cart;

import com.skyorders.error.AppException;
import com.skyorders.menu.FlavorChoice;
import com.skyorders.menu.MenuDao;
import com.skyorders.user.UserDao;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A customer's cart. Changes take the customer's row lock, so two taps at once never lose an item and a change
 * never slips between an order's copy of the cart and its clearing.
 */
public final class CartService {

    /** Portions of one dish (and flavour) a cart line may hold. */
    public static final int MAX_PER_LINE = 99;
    /** Distinct lines a cart may hold: with MAX_PER_LINE, bounds every order's item count and total. */
    public static final int MAX_LINES = 50;

    private final Jdbi jdbi;
    private final Clock clock;

    public CartService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void add(long userId, CartChange change) {
        change.validate();
        jdbi.useTransaction(handle -> {
            new UserDao(handle).lock(userId);
            CartProduct product =
                    CartProduct.onSale(new MenuDao(handle), change.dishId(), change.setmealId(), change.dishFlavor());
            addLine(handle, userId, product, 1, LocalDateTime.now(clock));
        });
    }

    /**
     * Adds {@code number} of a dish (with its flavour) or set meal to its cart line (one line each), at today's
     * price, within the cart's bounds (else 409 and nothing changes). Call with the customer's lock held.
     */
    public static void addLine(Handle handle, long userId, CartProduct product, int number, LocalDateTime now) {
        CartDao cart = new CartDao(handle);
        Optional<CartItem> line = cart.findLine(userId, product.dishId(), product.setmealId(), product.flavor());
        if (line.isPresent()) {
            if ((long) line.get().number() + number > MAX_PER_LINE) {
                throw AppException.conflict("同一商品最多" + MAX_PER_LINE + "份");
            }
            cart.changeNumber(line.get().id(), number);
        } else {
            if (number > MAX_PER_LINE) {
                throw AppException.conflict("同一商品最多" + MAX_PER_LINE + "份");
            }
            if (cart.countLines(userId) >= MAX_LINES) {
                throw AppException.conflict("购物车最多" + MAX_LINES + "种商品");
            }
            cart.insert(userId, product, number, now);
        }
    }

    /** Takes one away from the line of that dish and flavour (as the line holds it, or as the dish orders it). */
    public void subtract(long userId, CartChange change) {
        change.validate();
        jdbi.useTransaction(handle -> {
            new UserDao(handle).lock(userId);
            CartDao cart = new CartDao(handle);
            String flavor = change.dishFlavor() == null || change.dishFlavor().isBlank()
                    ? null
                    : change.dishFlavor().trim();
            Optional<CartItem> exact = cart.findLine(userId, change.dishId(), change.setmealId(), flavor);
            CartItem line = exact.or(() -> canonical(handle, cart, userId, change, flavor))
                    .orElseThrow(() -> AppException.notFound("购物车中没有该商品"));
            if (line.number() > 1) {
                cart.changeNumber(line.id(), -1);
            } else {
                cart.delete(line.id());
            }
        });
    }

    private static Optional<CartItem> canonical(
            Handle handle, CartDao cart, long userId, CartChange change, String flavor) {
        if (change.dishId() == null || flavor == null) {
            return Optional.empty();
        }
        return new MenuDao(handle).dish(change.dishId()).flatMap(dish -> {
            try {
                return cart.findLine(userId, dish.id(), null, FlavorChoice.of(dish, flavor));
            } catch (AppException notItsFlavour) {
                return Optional.empty();
            }
        });
    }

    public List<CartItem> list(long userId) {
        return jdbi.withHandle(handle -> new CartDao(handle).list(userId));
    }

    public void clean(long userId) {
        jdbi.useTransaction(handle -> {
            new UserDao(handle).lock(userId);
            new CartDao(handle).clean(userId);
        });
    }
}

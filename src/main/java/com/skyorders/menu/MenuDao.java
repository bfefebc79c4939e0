package com.skyorders.menu;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the order side reads of the menu, on its handle: a dish (with its flavours) or a set meal for a cart line, and
 * the customer's lists (a plain class on the order path: see docs/ARCHITECTURE.md, "Data access").
 */
public final class MenuDao {

    private final Handle handle;

    public MenuDao(Handle handle) {
        this.handle = handle;
    }

    List<Dish> dishesOnSale(long categoryId) {
        return DishService.withFlavors(
                handle, new DishDao(handle).onSale(new MenuFilter(null, categoryId, null), Integer.MAX_VALUE));
    }

    List<Setmeal> setmealsOnSale(long categoryId) {
        return new SetmealDao(handle).onSale(categoryId);
    }

    public Optional<Dish> dish(long id) {
        return new DishDao(handle)
                .find(id)
                .map(d -> DishService.withFlavors(handle, List.of(d)).get(0));
    }

    public Optional<Setmeal> setmeal(long id) {
        return new SetmealDao(handle).find(id);
    }

    /** A set meal's dishes as its popup shows them: name and copies as saved, image and description of the dish. */
    List<DishItem> dishItems(long setmealId) {
        return handle.createQuery("SELECT sd.name, sd.copies, d.image, d.description FROM setmeal_dish sd "
                        + "LEFT JOIN dish d ON d.id = sd.dish_id WHERE sd.setmeal_id = :id ORDER BY sd.id")
                .bind("id", setmealId)
                .map((rs, ctx) -> new DishItem(
                        rs.getString("name"), rs.getInt("copies"), rs.getString("image"), rs.getString("description")))
                .list();
    }
}

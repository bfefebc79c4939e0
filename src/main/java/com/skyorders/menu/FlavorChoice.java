package com.skyorders.menu;

import com.skyorders.error.AppException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's 口味 for a dish, as the mini-program composes it: one option per flavour, joined with {@code ,} in the
 * order they were tapped. Checked against the dish's flavours and written in the dish's flavour order, so the same
 * choices always land on the same cart line.
 */
public final class FlavorChoice {

    private FlavorChoice() {}

    /** The choice in canonical order; null when the dish has no flavours and none was chosen. */
    public static String of(Dish dish, String chosen) {
        String text = chosen == null || chosen.isBlank() ? null : chosen.trim();
        if (dish.flavors().isEmpty()) {
            if (text != null) {
                throw AppException.invalid("dishFlavor", "该菜品没有可选口味");
            }
            return null;
        }
        if (text == null) {
            throw AppException.invalid("dishFlavor", "请选择口味");
        }
        List<String> options = new ArrayList<>(
                Arrays.stream(text.split(",", -1)).map(String::trim).toList());
        List<String> ordered = new ArrayList<>();
        for (DishFlavor flavor : dish.flavors()) {
            List<String> matching =
                    options.stream().filter(flavor.options()::contains).toList();
            if (matching.size() != 1) {
                throw AppException.invalid(
                        "dishFlavor", matching.isEmpty() ? "请选择" + flavor.name() : flavor.name() + "只能选一种");
            }
            ordered.add(matching.get(0));
            options.remove(matching.get(0));
        }
        if (!options.isEmpty()) {
            throw AppException.invalid("dishFlavor", "不是该菜品的口味：" + String.join(",", options));
        }
        return String.join(",", ordered);
    }
}

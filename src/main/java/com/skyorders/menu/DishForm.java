package com.skyorders.menu;

import com.skyorders.error.AppException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin's dish body (DishDTO): {@code {name, price:"12.5", image, description, status, categoryId,
 * flavors:[{name, value}]}}, plus {@code id} on edit. Unknown fields (code, createTime…) are ignored.
 */
public record DishForm(
        Long id,
        String name,
        Long categoryId,
        BigDecimal price,
        String image,
        String description,
        Integer status,
        List<DishFlavor> flavors) {

    static final int MAX_FLAVORS = 10;

    /** Every field checked and trimmed; a new dish starts 停售 unless the body says otherwise. */
    DishForm checked(boolean edit) {
        if (edit && (id == null || id <= 0)) {
            throw AppException.invalid("id", "不能为空");
        }
        if (categoryId == null || categoryId <= 0) {
            throw AppException.invalid("categoryId", "不能为空");
        }
        List<DishFlavor> given = flavors == null ? List.of() : flavors;
        if (given.size() > MAX_FLAVORS) {
            throw AppException.invalid("flavors", "最多" + MAX_FLAVORS + "种口味");
        }
        Set<String> names = new HashSet<>();
        List<DishFlavor> checkedFlavors = given.stream()
                .map(f -> {
                    if (f == null) {
                        throw AppException.invalid("flavors", "不能含空项");
                    }
                    DishFlavor checked = f.checked();
                    if (!names.add(checked.name())) {
                        throw AppException.invalid("flavors.name", "不能重复：" + checked.name());
                    }
                    return checked;
                })
                .toList();
        return new DishForm(
                id,
                MenuText.name("name", name),
                categoryId,
                MenuText.price(price),
                MenuText.image(image),
                MenuText.optional("description", description),
                MenuText.status(status, 0),
                checkedFlavors);
    }
}

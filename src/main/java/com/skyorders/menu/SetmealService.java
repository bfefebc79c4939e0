package com.skyorders.menu;

import com.skyorders.error.AppException;
import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** 套餐管理: a set meal on sale never contains a stopped dish, and one on sale is not deleted. */
public final class SetmealService {

    public static final String ON_SALE = "起售中的套餐不能删除";
    public static final String HAS_STOPPED_DISH = "套餐内包含未启售菜品，无法启售";
    static final String NOT_FOUND = "套餐不存在";

    private final Jdbi jdbi;
    private final MenuWrites writes;

    SetmealService(Jdbi jdbi, MenuWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    public Page<Setmeal> page(MenuFilter filter, PageRequest page) {
        return jdbi.withHandle(h -> new SetmealDao(h).page(filter, page));
    }

    public Setmeal get(long id) {
        return jdbi.withHandle(h -> {
            SetmealDao setmeals = new SetmealDao(h);
            Setmeal setmeal = setmeals.find(id).orElseThrow(() -> AppException.notFound(NOT_FOUND));
            return setmeal.withDishes(setmeals.parts(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    public long add(long employee, SetmealForm body) {
        SetmealForm checked = body.checked(false);
        return writes.run(h -> {
            SetmealForm form = withDishesAsStored(h, checked);
            long id = new SetmealDao(h).insert(form, employee, writes.now());
            new SetmealDao(h).replaceParts(id, form.setmealDishes());
            return id;
        });
    }

    /** Everything but the status; a set meal on sale keeps only dishes on sale. */
    public void edit(long employee, SetmealForm body) {
        SetmealForm checked = body.checked(true);
        writes.use(h -> {
            SetmealDao setmeals = new SetmealDao(h);
            Setmeal current = setmeals.lock(List.of(checked.id())).stream()
                    .findFirst()
                    .orElseThrow(() -> AppException.notFound(NOT_FOUND));
            SetmealForm form = withDishesAsStored(h, checked, current.status());
            setmeals.update(form, employee, writes.now());
            setmeals.replaceParts(form.id(), form.setmealDishes());
        });
    }

    public void delete(Set<Long> ids) {
        writes.use(h -> {
            if (existing(h, ids).stream().anyMatch(Setmeal::onSale)) {
                throw AppException.conflict(ON_SALE);
            }
            new SetmealDao(h).delete(ids);
        });
    }

    /** 起售 (1) or 停售 (0), all or nothing: starting is refused while any of its dishes is stopped. */
    public void setStatus(long employee, Set<Long> ids, int to) {
        writes.use(h -> {
            List<Setmeal> setmeals = existing(h, ids);
            if (setmeals.stream().allMatch(s -> s.status() == to)) {
                throw AppException.conflict(to == 1 ? "套餐已是起售状态" : "套餐已是停售状态");
            }
            if (to == 1) {
                Set<Long> dishIds = new SetmealDao(h)
                        .parts(ids).values().stream()
                                .flatMap(List::stream)
                                .map(SetmealDish::dishId)
                                .collect(Collectors.toSet());
                if (dishIds.isEmpty() || !allOnSale(h, dishIds)) {
                    throw AppException.conflict(HAS_STOPPED_DISH);
                }
            }
            new SetmealDao(h).setStatus(ids, 1 - to, to, employee, writes.now());
        });
    }

    private SetmealForm withDishesAsStored(Handle h, SetmealForm form) {
        return withDishesAsStored(h, form, form.status());
    }

    /** The form with each dish's name and price as stored (not as sent), checking the category and the dishes. */
    private static SetmealForm withDishesAsStored(Handle h, SetmealForm form, int status) {
        CategoryService.ofType(new CategoryDao(h), form.categoryId(), Category.SETMEALS);
        Set<Long> ids = form.setmealDishes().stream().map(SetmealDish::dishId).collect(Collectors.toSet());
        Map<Long, Dish> dishes =
                new DishDao(h).lock(ids).stream().collect(Collectors.toMap(Dish::id, Function.identity()));
        if (dishes.size() != ids.size()) {
            throw AppException.notFound(DishService.NOT_FOUND);
        }
        if (status == 1 && dishes.values().stream().anyMatch(d -> !d.onSale())) {
            throw AppException.conflict(HAS_STOPPED_DISH);
        }
        List<SetmealDish> parts = form.setmealDishes().stream()
                .map(p -> {
                    Dish dish = dishes.get(p.dishId());
                    return new SetmealDish(null, form.id(), dish.id(), dish.name(), dish.price(), p.copies());
                })
                .toList();
        return new SetmealForm(
                form.id(),
                form.categoryId(),
                form.name(),
                form.price(),
                status,
                form.description(),
                form.image(),
                parts);
    }

    private static boolean allOnSale(Handle h, Set<Long> dishIds) {
        List<Dish> dishes = new DishDao(h).lock(dishIds);
        return dishes.size() == dishIds.size() && dishes.stream().allMatch(Dish::onSale);
    }

    private static List<Setmeal> existing(Handle h, Set<Long> ids) {
        List<Setmeal> setmeals = new SetmealDao(h).lock(ids);
        if (setmeals.size() != ids.size()) {
            throw AppException.notFound(NOT_FOUND);
        }
        return setmeals;
    }
}

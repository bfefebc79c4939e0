package com.skyorders.menu;

import com.skyorders.error.AppException;
import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 菜品管理 with 口味: the tutorial's rules, and one it forgets to tell: stopping a dish stops every set meal that
 * contains it, and the answer names them.
 */
public final class DishService {

    public static final String ON_SALE = "起售中的菜品不能删除";
    public static final String IN_SETMEAL = "当前菜品关联了套餐,不能删除";
    static final String NOT_FOUND = "菜品不存在";
    /** Dishes the admin's AddDish dialog lists at once. */
    static final int LIST_LIMIT = 500;

    /** What a status change did: the set meals it stopped with the dishes (none when starting). */
    public record StatusResult(List<SetmealRef> stoppedSetmeals) {}

    public record SetmealRef(long id, String name) {}

    private final Jdbi jdbi;
    private final MenuWrites writes;

    DishService(Jdbi jdbi, MenuWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    public Page<Dish> page(MenuFilter filter, PageRequest page) {
        return jdbi.withHandle(h -> new DishDao(h).page(filter, page));
    }

    /** A dish with its flavours (the admin's edit form). */
    public Dish get(long id) {
        return jdbi.withHandle(h -> withFlavors(
                        h, List.of(new DishDao(h).find(id).orElseThrow(() -> AppException.notFound(NOT_FOUND))))
                .get(0));
    }

    /** Dishes on sale by category and/or name (the tutorial ignores the name; we honour it). */
    public List<Dish> onSale(MenuFilter filter) {
        return jdbi.withHandle(h -> new DishDao(h).onSale(filter, LIST_LIMIT));
    }

    public long add(long employee, DishForm body) {
        DishForm form = body.checked(false);
        return writes.run(h -> {
            CategoryService.ofType(new CategoryDao(h), form.categoryId(), Category.DISHES);
            long id = new DishDao(h).insert(form, employee, writes.now());
            new FlavorDao(h).replace(id, form.flavors());
            return id;
        });
    }

    public void edit(long employee, DishForm body) {
        DishForm form = body.checked(true);
        writes.use(h -> {
            CategoryService.ofType(new CategoryDao(h), form.categoryId(), Category.DISHES);
            if (new DishDao(h).update(form, employee, writes.now()) == 0) {
                throw AppException.notFound(NOT_FOUND);
            }
            new FlavorDao(h).replace(form.id(), form.flavors());
        });
    }

    /** All or nothing: refused while any is on sale or in a set meal. */
    public void delete(Set<Long> ids) {
        writes.use(h -> {
            List<Dish> dishes = existing(h, ids);
            if (dishes.stream().anyMatch(Dish::onSale)) {
                throw AppException.conflict(ON_SALE);
            }
            if (new SetmealDao(h).anyContains(ids)) {
                throw AppException.conflict(IN_SETMEAL);
            }
            new FlavorDao(h).delete(ids);
            new DishDao(h).delete(ids);
        });
    }

    /** 起售 (1) or 停售 (0) for one id or many, all or nothing; 停售 also stops the set meals containing them. */
    public StatusResult setStatus(long employee, Set<Long> ids, int to) {
        return writes.run(h -> {
            List<Dish> dishes = existing(h, ids);
            if (dishes.stream().allMatch(d -> d.status() == to)) {
                throw AppException.conflict(to == 1 ? "菜品已是起售状态" : "菜品已是停售状态");
            }
            new DishDao(h).setStatus(ids, 1 - to, to, employee, writes.now());
            List<SetmealRef> stopped = new ArrayList<>();
            if (to == 0) {
                SetmealDao setmeals = new SetmealDao(h);
                List<Long> onSale = new ArrayList<>();
                for (Setmeal setmeal : setmeals.containing(ids)) {
                    if (setmeal.onSale()) {
                        onSale.add(setmeal.id());
                        stopped.add(new SetmealRef(setmeal.id(), setmeal.name()));
                    }
                }
                if (!onSale.isEmpty()) {
                    setmeals.setStatus(onSale, 1, 0, employee, writes.now());
                }
            }
            return new StatusResult(stopped);
        });
    }

    private static List<Dish> existing(Handle h, Set<Long> ids) {
        List<Dish> dishes = new DishDao(h).lock(ids);
        if (dishes.size() != ids.size()) {
            throw AppException.notFound(NOT_FOUND);
        }
        return dishes;
    }

    static List<Dish> withFlavors(Handle h, List<Dish> dishes) {
        Map<Long, List<DishFlavor>> flavors =
                new FlavorDao(h).of(dishes.stream().map(Dish::id).toList());
        return dishes.stream()
                .map(d -> d.withFlavors(flavors.getOrDefault(d.id(), List.of())))
                .toList();
    }
}

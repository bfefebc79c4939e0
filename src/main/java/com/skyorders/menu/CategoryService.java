package com.skyorders.menu;

import com.skyorders.error.AppException;
import com.skyorders.paging.Page;
import com.skyorders.paging.PageRequest;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** 分类管理: the tutorial's rules — new categories start 禁用, and one in use by dishes or set meals is not deleted. */
public final class CategoryService {

    public static final String HAS_DISHES = "当前分类关联了菜品,不能删除";
    public static final String HAS_SETMEALS = "当前分类关联了套餐,不能删除";
    static final String NOT_FOUND = "分类不存在";

    private final Jdbi jdbi;
    private final MenuWrites writes;

    CategoryService(Jdbi jdbi, MenuWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    public Page<Category> page(String name, Integer type, PageRequest page) {
        String pattern = new MenuFilter(name, null, null).namePattern();
        return jdbi.withHandle(h -> new CategoryDao(h).page(pattern, type, page));
    }

    /** The enabled categories of a type (null: both), in menu order: the admin's and the mini-program's list. */
    public List<Category> enabled(Integer type) {
        return jdbi.withHandle(h -> new CategoryDao(h).enabled(type));
    }

    public long add(long employee, CategoryForm body) {
        CategoryForm form = body.checked(false);
        return writes.run(h -> new CategoryDao(h).insert(form, 0, employee, writes.now()));
    }

    public void edit(long employee, CategoryForm body) {
        CategoryForm form = body.checked(true);
        writes.use(h -> {
            if (new CategoryDao(h).update(form, employee, writes.now()) == 0) {
                throw AppException.notFound(NOT_FOUND);
            }
        });
    }

    public void delete(long id) {
        writes.use(h -> {
            CategoryDao categories = new CategoryDao(h);
            categories.find(id).orElseThrow(() -> AppException.notFound(NOT_FOUND));
            if (categories.count("dish", id) > 0) {
                throw AppException.conflict(HAS_DISHES);
            }
            if (categories.count("setmeal", id) > 0) {
                throw AppException.conflict(HAS_SETMEALS);
            }
            categories.delete(id);
        });
    }

    /** 启用 (1) or 禁用 (0); already so is a conflict, as every status change here. */
    public void setStatus(long employee, long id, int to) {
        writes.use(h -> {
            CategoryDao categories = new CategoryDao(h);
            Category category = categories.find(id).orElseThrow(() -> AppException.notFound(NOT_FOUND));
            int from = category.status() == null ? 0 : category.status();
            if (from == to || categories.setStatus(id, from, to, employee, writes.now()) == 0) {
                throw AppException.conflict(to == 1 ? "分类已是启用状态" : "分类已是禁用状态");
            }
        });
    }

    /** A category that exists and lists {@code type}s, for a dish or set meal about to be saved in it. */
    static Category ofType(CategoryDao categories, long id, int type) {
        Category category = categories.find(id).orElseThrow(() -> AppException.notFound(NOT_FOUND));
        if (category.type() == null || category.type() != type) {
            throw AppException.invalid("categoryId", type == Category.DISHES ? "必须是菜品分类" : "必须是套餐分类");
        }
        return category;
    }
}

package com.skyorders.menu;

import com.skyorders.error.AppException;

/** The admin's category body: {@code {name, type:"1", sort:"3"}} on add, {@code {id, name, sort}} on edit. */
public record CategoryForm(Long id, Integer type, String name, Integer sort) {

    /** Checks the fields an add needs (or an edit, which carries an id and may omit the type); returns it trimmed. */
    public CategoryForm checked(boolean edit) {
        if (edit && (id == null || id <= 0)) {
            throw AppException.invalid("id", "不能为空");
        }
        if (!edit && (type == null || (type != Category.DISHES && type != Category.SETMEALS))) {
            throw AppException.invalid("type", "必须是1(菜品分类)或2(套餐分类)");
        }
        if (edit && type != null && type != Category.DISHES && type != Category.SETMEALS) {
            throw AppException.invalid("type", "必须是1(菜品分类)或2(套餐分类)");
        }
        String trimmed = MenuText.name("name", name);
        if (sort == null || sort < 0 || sort > 99_999) {
            throw AppException.invalid("sort", "必须是0到99999之间的整数");
        }
        return new CategoryForm(id, type, trimmed, sort);
    }
}

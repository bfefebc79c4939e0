package com.skyorders.cart;

import com.skyorders.error.AppException;

/** The body of /user/shoppingCart/add and /sub: which dish (and flavour) to add or take away. */
public record CartChange(Long dishId, Long setmealId, String dishFlavor) {

    public void validate() {
        if (setmealId != null) {
            throw AppException.notFound("套餐不存在");
        }
        if (dishId == null || dishId <= 0) {
            throw AppException.invalid("dishId", "不能为空");
        }
        if (dishFlavor != null && dishFlavor.length() > 50) {
            throw AppException.invalid("dishFlavor", "不能超过50个字符");
        }
    }

    /** Blank flavour means none, so "" and null land on the same cart line. */
    public String flavor() {
        return dishFlavor == null || dishFlavor.isBlank() ? null : dishFlavor.trim();
    }
}

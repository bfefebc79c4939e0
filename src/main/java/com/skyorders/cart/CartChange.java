package com.skyorders.cart;

import com.skyorders.error.AppException;

/** The body of /user/shoppingCart/add and /sub: a dish (and its flavour) or a set meal. */
public record CartChange(Long dishId, Long setmealId, String dishFlavor) {

    public void validate() {
        if ((dishId == null) == (setmealId == null)) {
            throw AppException.invalid("dishId", "和setmealId必须有且只有一个");
        }
        if (dishId != null && dishId <= 0) {
            throw AppException.invalid("dishId", "必须是正整数");
        }
        if (setmealId != null && setmealId <= 0) {
            throw AppException.invalid("setmealId", "必须是正整数");
        }
        if (dishFlavor != null && dishFlavor.length() > 50) {
            throw AppException.invalid("dishFlavor", "不能超过50个字符");
        }
    }
}

package com.skyorders.menu;

import com.skyorders.error.AppException;
import java.math.BigDecimal;

/** The field rules the menu's forms share: names, descriptions, image URLs and prices, as the columns hold them. */
final class MenuText {

    static final BigDecimal MAX_PRICE = new BigDecimal("99999.99");

    private MenuText() {}

    /** A required name of at most 32 characters (the tutorial's varchar(32)), trimmed. */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw AppException.invalid(field, "不能为空");
        }
        String trimmed = value.trim();
        if (trimmed.length() > 32) {
            throw AppException.invalid(field, "不能超过32个字符");
        }
        return trimmed;
    }

    /** An optional text of at most 255 characters; blank is null. */
    static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 255) {
            throw AppException.invalid(field, "不能超过255个字符");
        }
        return value.trim();
    }

    /** An image URL as the upload answered it: absolute http(s), at most 255 characters; blank is none. */
    static String image(String value) {
        String image = optional("image", value);
        if (image != null && !image.matches("https?://\\S+")) {
            throw AppException.invalid("image", "必须是上传图片得到的地址");
        }
        return image;
    }

    /** A price in yuan, above 0, at most two decimals. */
    static BigDecimal price(BigDecimal value) {
        if (value == null) {
            throw AppException.invalid("price", "不能为空");
        }
        if (value.signum() <= 0
                || value.compareTo(MAX_PRICE) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw AppException.invalid("price", "必须大于0、不超过99999.99且最多两位小数");
        }
        return value.setScale(2);
    }

    /** 0 (停售/禁用) or 1 (起售/启用); null means {@code fallback}. */
    static int status(Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value != 0 && value != 1) {
            throw AppException.invalid("status", "必须是0或1");
        }
        return value;
    }
}

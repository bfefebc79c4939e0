package com.skyorders.menu;

/** The admin pages' filters: a name fragment, a category and a status; null means any. */
public record MenuFilter(String name, Long categoryId, Integer status) {

    public MenuFilter {
        if (name != null && name.length() > 32) {
            name = name.substring(0, 32);
        }
    }

    /** {@code name} as a LIKE pattern, its own % and _ escaped. */
    String namePattern() {
        return name == null
                ? null
                : "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

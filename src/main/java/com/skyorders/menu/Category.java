package com.skyorders.menu;

import java.time.LocalDateTime;

/** A menu section (type 1: dishes, 2: set meals). */
public record Category(
        long id,
        Integer type,
        String name,
        int sort,
        Integer status,
        LocalDateTime createTime,
        LocalDateTime updateTime) {}

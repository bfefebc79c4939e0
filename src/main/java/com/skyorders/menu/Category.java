package com.skyorders.menu;

import java.time.LocalDateTime;

/** A menu section (type 1: dishes, 2: set meals), as both the admin and the mini-program list it. */
public record Category(
        long id,
        Integer type,
        String name,
        int sort,
        Integer status,
        LocalDateTime createTime,
        LocalDateTime updateTime,
        Long createUser,
        Long updateUser) {

    public static final int DISHES = 1;
    public static final int SETMEALS = 2;
}

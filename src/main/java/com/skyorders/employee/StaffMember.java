package com.skyorders.employee;

import java.time.LocalDateTime;

/**
 * A member of staff as 员工管理 lists and edits them: the tutorial's Employee, with {@code password} always
 * {@code "****"} (its page leaked the hash; no hash ever leaves the server here).
 */
public record StaffMember(
        long id,
        String username,
        String name,
        String password,
        String phone,
        String sex,
        String idNumber,
        int status,
        LocalDateTime createTime,
        LocalDateTime updateTime,
        Long createUser,
        Long updateUser) {}

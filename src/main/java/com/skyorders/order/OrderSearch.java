package com.skyorders.order;

import java.time.LocalDateTime;

/** The staff's conditionSearch filters; each may be null. number and phone match substrings. */
public record OrderSearch(
        String number, String phone, Integer status, LocalDateTime beginTime, LocalDateTime endTime) {}

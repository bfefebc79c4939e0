package com.skyorders.report;

import java.time.LocalDate;

/** How many of something a day had (new users). */
public record DayCount(LocalDate day, int count) {}

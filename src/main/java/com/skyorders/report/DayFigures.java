package com.skyorders.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's order figures: all orders placed, the completed ones, and what the completed ones took in. */
public record DayFigures(LocalDate day, int orders, int completed, BigDecimal turnover) {

    static DayFigures empty(LocalDate day) {
        return new DayFigures(day, 0, 0, BigDecimal.ZERO.setScale(2));
    }
}

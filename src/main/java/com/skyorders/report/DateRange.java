package com.skyorders.report;

import com.skyorders.error.AppException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A report's days, {@code begin} to {@code end} inclusive: at most 366 of them, never backwards. */
public record DateRange(LocalDate begin, LocalDate end) {

    public static final int MAX_DAYS = 366;

    public DateRange {
        if (end.isBefore(begin)) {
            throw AppException.invalid("end", "不能早于begin");
        }
        if (ChronoUnit.DAYS.between(begin, end) + 1 > MAX_DAYS) {
            throw AppException.invalid("end", "查询范围不能超过" + MAX_DAYS + "天");
        }
    }

    /** From the query's {@code begin}/{@code end} (yyyy-MM-dd), each named when missing or malformed. */
    public static DateRange parse(String begin, String end) {
        return new DateRange(date("begin", begin), date("end", end));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw AppException.invalid(name, "不能为空，格式yyyy-MM-dd");
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 2000 || date.getYear() > 9998) {
                throw AppException.invalid(name, "年份必须在2000到9998之间");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw AppException.invalid(name, "格式必须是yyyy-MM-dd");
        }
    }

    public LocalDateTime from() {
        return begin.atStartOfDay();
    }

    /** The first instant after the range (exclusive bound: no 23:59:59.999 edge cases). */
    public LocalDateTime until() {
        return end.plusDays(1).atStartOfDay();
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = begin; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}

package com.skyorders.report;

import com.skyorders.order.DishSales;
import com.skyorders.order.DishSalesDao;
import com.skyorders.order.OrderStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * 数据统计 and 工作台. Every report is one grouped query over its range, then filled out to one value per day (days
 * without orders count as zero); "today" is today in the shop's zone.
 */
public final class ReportService {

    private final Jdbi jdbi;
    private final Clock clock;

    public ReportService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Each day's figures over the range, zeros included, in day order. */
    public List<DayFigures> orderDays(DateRange range) {
        Map<LocalDate, DayFigures> found =
                reports(dao -> dao.orderDays(range.begin(), range.end(), OrderStatus.COMPLETED.code())).stream()
                        .collect(Collectors.toMap(DayFigures::day, Function.identity()));
        return range.days().stream()
                .map(day -> found.getOrDefault(day, DayFigures.empty(day)))
                .toList();
    }

    /** Each day's new users over the range, zeros included. */
    public List<DayCount> newUserDays(DateRange range) {
        Map<LocalDate, Integer> found = reports(dao -> dao.newUserDays(range.from(), range.until())).stream()
                .collect(Collectors.toMap(DayCount::day, DayCount::count));
        return range.days().stream()
                .map(day -> new DayCount(day, found.getOrDefault(day, 0)))
                .toList();
    }

    public Reports.Turnover turnover(DateRange range) {
        List<DayFigures> days = orderDays(range);
        return new Reports.Turnover(
                join(days, d -> d.day().toString()),
                join(days, d -> d.turnover().toPlainString()));
    }

    public Reports.Users users(DateRange range) {
        List<DayCount> days = newUserDays(range);
        int total = reports(dao -> dao.usersBefore(range.from()));
        List<String> totals = new ArrayList<>();
        for (DayCount day : days) {
            total += day.count();
            totals.add(String.valueOf(total));
        }
        return new Reports.Users(
                join(days, d -> d.day().toString()),
                String.join(",", totals),
                join(days, d -> String.valueOf(d.count())));
    }

    public Reports.Orders orders(DateRange range) {
        List<DayFigures> days = orderDays(range);
        int total = days.stream().mapToInt(DayFigures::orders).sum();
        int valid = days.stream().mapToInt(DayFigures::completed).sum();
        return new Reports.Orders(
                join(days, d -> d.day().toString()),
                join(days, d -> String.valueOf(d.orders())),
                join(days, d -> String.valueOf(d.completed())),
                total,
                valid,
                rate(valid, total));
    }

    public Reports.Top10 top10(DateRange range) {
        List<DishSales> top = jdbi.withHandle(handle -> new DishSalesDao(handle).top10(range.begin(), range.end()));
        // A comma inside a dish name would split it in the client's list: it becomes a full-width one.
        return new Reports.Top10(
                join(top, d -> d.name().replace(',', '，')), join(top, d -> String.valueOf(d.number())));
    }

    /** 工作台's figures for today. */
    public Reports.BusinessData todaysBusinessData() {
        return businessData(new DateRange(today(), today()));
    }

    /** 工作台's figures for one range (today, or one day of the export). */
    public Reports.BusinessData businessData(DateRange range) {
        List<DayFigures> days = orderDays(range);
        int total = days.stream().mapToInt(DayFigures::orders).sum();
        int valid = days.stream().mapToInt(DayFigures::completed).sum();
        BigDecimal turnover = days.stream()
                .map(DayFigures::turnover)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        int newUsers = newUserDays(range).stream().mapToInt(DayCount::count).sum();
        return businessData(turnover, valid, total, newUsers);
    }

    static Reports.BusinessData businessData(BigDecimal turnover, int valid, int total, int newUsers) {
        BigDecimal unitPrice = valid == 0
                ? BigDecimal.ZERO.setScale(2)
                : turnover.divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_UP);
        return new Reports.BusinessData(turnover, valid, rate(valid, total), unitPrice, newUsers);
    }

    public Reports.OrderOverview orderOverview() {
        Map<Integer, Integer> counts = reports(dao -> dao.countsByStatus(today()));
        return new Reports.OrderOverview(
                counts.getOrDefault(OrderStatus.TO_BE_CONFIRMED.code(), 0),
                counts.getOrDefault(OrderStatus.CONFIRMED.code(), 0),
                counts.getOrDefault(OrderStatus.COMPLETED.code(), 0),
                counts.getOrDefault(OrderStatus.CANCELLED.code(), 0),
                counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    public Reports.SaleOverview dishOverview() {
        return reports(dao -> new Reports.SaleOverview(dao.dishesWithStatus(1), dao.dishesWithStatus(0)));
    }

    public Reports.SaleOverview setmealOverview() {
        return reports(dao -> new Reports.SaleOverview(dao.setmealsWithStatus(1), dao.setmealsWithStatus(0)));
    }

    /** 运营数据报表: the last 30 days before today, as a whole and day by day (two queries in all). */
    public void writeOperatingReport(OutputStream out) throws IOException {
        DateRange range = new DateRange(today().minusDays(30), today().minusDays(1));
        List<DayFigures> orders = orderDays(range);
        List<DayCount> users = newUserDays(range);
        List<OperatingReportWorkbook.Day> days = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            DayFigures day = orders.get(i);
            days.add(new OperatingReportWorkbook.Day(
                    day.day().toString(),
                    businessData(
                            day.turnover(),
                            day.completed(),
                            day.orders(),
                            users.get(i).count())));
        }
        Reports.BusinessData overview = businessData(
                orders.stream().map(DayFigures::turnover).reduce(BigDecimal.ZERO, BigDecimal::add),
                orders.stream().mapToInt(DayFigures::completed).sum(),
                orders.stream().mapToInt(DayFigures::orders).sum(),
                users.stream().mapToInt(DayCount::count).sum());
        OperatingReportWorkbook.write(range, overview, days, out);
    }

    /** The export's file name: 运营数据报表_<first day>_<last day>.xlsx. */
    public String operatingReportFileName() {
        return "运营数据报表_" + today().minusDays(30) + "_" + today().minusDays(1) + ".xlsx";
    }

    /** Completed ÷ all, 0 when there were none; four decimals (the client shows a percentage). */
    static double rate(int valid, int total) {
        return total == 0
                ? 0.0
                : BigDecimal.valueOf(valid)
                        .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    /** One read on a handle of its own, outside any transaction. */
    private <T> T reports(Function<ReportDao, T> read) {
        return jdbi.withHandle(handle -> read.apply(new ReportDao(handle)));
    }

    private static <T> String join(List<T> items, Function<T, String> value) {
        return items.stream().map(value).collect(Collectors.joining(","));
    }
}

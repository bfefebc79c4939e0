package com.skyorders.report;

import java.math.BigDecimal;

/** The wire shapes of sky-take-out's report and workspace VOs, field for field (lists are comma-joined strings). */
public final class Reports {

    private Reports() {}

    /** TurnoverReportVO. */
    public record Turnover(String dateList, String turnoverList) {}

    /** UserReportVO. */
    public record Users(String dateList, String totalUserList, String newUserList) {}

    /** OrderReportVO. */
    public record Orders(
            String dateList,
            String orderCountList,
            String validOrderCountList,
            int totalOrderCount,
            int validOrderCount,
            double orderCompletionRate) {}

    /** SalesTop10ReportVO. */
    public record Top10(String nameList, String numberList) {}

    /** BusinessDataVO: 营业额, 有效订单, 订单完成率, 平均客单价, 新增用户. */
    public record BusinessData(
            BigDecimal turnover, int validOrderCount, double orderCompletionRate, BigDecimal unitPrice, int newUsers) {}

    /** OrderOverViewVO: 待接单, 待派送, 已完成, 已取消, 全部. */
    public record OrderOverview(
            int waitingOrders, int deliveredOrders, int completedOrders, int cancelledOrders, int allOrders) {}

    /** DishOverViewVO and SetmealOverViewVO: 起售, 停售. */
    public record SaleOverview(int sold, int discontinued) {}
}

package com.skyorders.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 运营数据报表, laid out like the tutorial's template but built in code with POI's streaming workbook: the title, the
 * period (B2), the overview block (rows 4–5: 营业额, 订单完成率, 新增用户 / 有效订单, 平均客单价), then a header (row 7)
 * and one row per day (日期, 营业额, 有效订单, 订单完成率, 平均客单价, 新增用户).
 */
public final class OperatingReportWorkbook {

    public static final String SHEET = "运营数据报表";
    static final String[] DAY_HEADER = {"日期", "营业额", "有效订单", "订单完成率", "平均客单价", "新增用户"};

    /** One day of the detail block. */
    public record Day(String date, Reports.BusinessData figures) {}

    private OperatingReportWorkbook() {}

    public static void write(DateRange range, Reports.BusinessData overview, List<Day> days, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            sheet.setColumnWidth(0, 2 * 256);
            for (int column = 1; column <= 6; column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
            Row title = sheet.createRow(0);
            text(title, 1, "运营数据报表", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 6));
            text(sheet.createRow(1), 1, "时间：" + range.begin() + "至" + range.end(), null);

            text(sheet.createRow(2), 1, "概览数据", styles.header);
            Row first = sheet.createRow(3);
            text(first, 1, "营业额", styles.header);
            money(first, 2, overview.turnover(), styles);
            text(first, 3, "订单完成率", styles.header);
            percent(first, 4, overview.orderCompletionRate(), styles);
            text(first, 5, "新增用户数", styles.header);
            whole(first, 6, overview.newUsers(), styles);
            Row second = sheet.createRow(4);
            text(second, 1, "有效订单", styles.header);
            whole(second, 2, overview.validOrderCount(), styles);
            text(second, 3, "平均客单价", styles.header);
            money(second, 4, overview.unitPrice(), styles);

            text(sheet.createRow(5), 1, "明细数据", styles.header);
            Row header = sheet.createRow(6);
            for (int i = 0; i < DAY_HEADER.length; i++) {
                text(header, i + 1, DAY_HEADER[i], styles.header);
            }
            int rowIndex = 7;
            for (Day day : days) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 1, day.date(), styles.cell);
                money(row, 2, day.figures().turnover(), styles);
                whole(row, 3, day.figures().validOrderCount(), styles);
                percent(row, 4, day.figures().orderCompletionRate(), styles);
                money(row, 5, day.figures().unitPrice(), styles);
                whole(row, 6, day.figures().newUsers(), styles);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void money(Row row, int column, BigDecimal value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.money);
    }

    private static void percent(Row row, int column, double value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.percent);
    }

    private static void whole(Row row, int column, int value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.cell);
    }

    /** The few styles the sheet uses, made once per workbook (POI limits how many a workbook may hold). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle money;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            cell = bordered(workbook);
            money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}

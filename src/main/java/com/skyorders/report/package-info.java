/**
 * 工作台 and 数据统计: today's figures and day-by-day reports over orders and users, one set-based query per report,
 * days counted in the shop's zone (stored times are already its wall-clock times), and the 运营数据报表 workbook.
 */
package com.skyorders.report;

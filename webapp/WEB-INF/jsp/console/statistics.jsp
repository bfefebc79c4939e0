<%@ include file="_head.jspf" %>
<!DOCTYPE html>
<html lang="${fn:escapeXml(locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><fmt:message key="stats.title"/> · <fmt:message key="app.title"/></title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${ctx}/static/console.css">
  <script src="${ctx}/static/console.js" defer></script>
  <script src="${ctx}/static/statistics.js" defer></script>
</head>
<%@ include file="_body.jspf" %>
<%@ include file="_nav.jspf" %>
<main class="statistics">
  <h1><fmt:message key="stats.title"/></h1>
  <h2><fmt:message key="stats.today"/></h2>
  <section class="stats-today" id="today">
    <div class="figure"><fmt:message key="stats.turnover"/><strong id="today-turnover">¥<c:out value="${today.turnover()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.validOrders"/><strong id="today-valid"><c:out value="${today.validOrderCount()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.completion"/><strong id="today-rate"><fmt:formatNumber value="${today.orderCompletionRate()}" type="percent" maxFractionDigits="1"/></strong></div>
    <div class="figure"><fmt:message key="stats.unitPrice"/><strong id="today-unit">¥<c:out value="${today.unitPrice()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.newUsers"/><strong id="today-users"><c:out value="${today.newUsers()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.orders.waiting"/><strong><c:out value="${overview.waitingOrders()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.orders.delivered"/><strong><c:out value="${overview.deliveredOrders()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.orders.completed"/><strong><c:out value="${overview.completedOrders()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.orders.cancelled"/><strong><c:out value="${overview.cancelledOrders()}"/></strong></div>
    <div class="figure"><fmt:message key="stats.orders.all"/><strong><c:out value="${overview.allOrders()}"/></strong></div>
  </section>
  <form class="search" id="range-form">
    <label><fmt:message key="stats.range"/>
      <input type="date" id="begin" name="begin" value="${defaultBegin}" required></label>
    <label>— <input type="date" id="end" name="end" value="${defaultEnd}" required></label>
    <button type="submit"><fmt:message key="stats.apply"/></button>
    <span class="error" id="range-error"></span>
    <span class="spacer"></span>
    <a href="${ctx}/console/report/export" id="export"><fmt:message key="stats.export"/></a>
  </form>
  <section class="charts" data-empty="<fmt:message key='stats.empty'/>">
    <div class="card chart" id="chart-turnover" data-series="<fmt:message key='stats.turnover'/>">
      <h3><fmt:message key="stats.turnoverChart"/></h3></div>
    <div class="card chart" id="chart-users" data-series="<fmt:message key='stats.totalUsers'/>|<fmt:message key='stats.newUsers'/>">
      <h3><fmt:message key="stats.userChart"/></h3></div>
    <div class="card chart" id="chart-orders" data-series="<fmt:message key='stats.allOrders'/>|<fmt:message key='stats.validOrders'/>">
      <h3><fmt:message key="stats.orderChart"/></h3></div>
    <div class="card chart" id="chart-top10"><h3><fmt:message key="stats.top10"/></h3></div>
  </section>
</main>
</body>
</html>

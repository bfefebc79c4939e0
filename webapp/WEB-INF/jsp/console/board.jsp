<%@ include file="_head.jspf" %>
<!DOCTYPE html>
<html lang="${fn:escapeXml(locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><fmt:message key="nav.board"/> · <fmt:message key="app.title"/></title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${ctx}/static/console.css">
  <script src="${ctx}/static/console.js" defer></script>
</head>
<%@ include file="_body.jspf" %>
<%@ include file="_nav.jspf" %>
<main class="board">
  <nav class="tabs" id="tabs">
    <a href="${ctx}/console" class="${empty status ? 'active' : ''}" data-tab="all"><fmt:message key="tab.all"/></a>
    <c:forEach var="s" begin="1" end="6">
      <a href="${ctx}/console?status=${s}" class="${status == s ? 'active' : ''}" data-tab="${s}" id="tab-${s}">
        <fmt:message key="status.${s}"/>
        <c:if test="${s == 2}"><span class="count" id="count-2"><c:out value="${stats.toBeConfirmed()}"/></span></c:if>
        <c:if test="${s == 3}"><span class="count" id="count-3"><c:out value="${stats.confirmed()}"/></span></c:if>
        <c:if test="${s == 4}"><span class="count" id="count-4"><c:out value="${stats.deliveryInProgress()}"/></span></c:if>
      </a>
    </c:forEach>
  </nav>
  <form class="search" method="get" action="${ctx}/console">
    <c:if test="${not empty status}"><input type="hidden" name="status" value="${status}"></c:if>
    <input name="number" placeholder="<fmt:message key='search.number'/>" value="${fn:escapeXml(number)}" maxlength="50">
    <input name="phone" placeholder="<fmt:message key='search.phone'/>" value="${fn:escapeXml(phone)}" maxlength="11">
    <label><fmt:message key="search.begin"/> <input type="datetime-local" name="begin" value="${fn:escapeXml(begin)}"></label>
    <label><fmt:message key="search.end"/> <input type="datetime-local" name="end" value="${fn:escapeXml(end)}"></label>
    <button type="submit"><fmt:message key="search.submit"/></button>
    <a href="${ctx}/console<c:if test='${not empty status}'>?status=${status}</c:if>"><fmt:message key="search.reset"/></a>
  </form>
  <table class="orders" id="orders" data-tab="${empty status ? 'all' : status}">
    <thead>
      <tr>
        <th><fmt:message key="col.number"/></th><th><fmt:message key="col.dishes"/></th>
        <th><fmt:message key="col.consignee"/> / <fmt:message key="col.phone"/></th>
        <th><fmt:message key="col.address"/></th><th><fmt:message key="col.remark"/></th>
        <th><fmt:message key="col.time"/></th><th><fmt:message key="col.amount"/></th>
        <th><fmt:message key="col.status"/></th><th><fmt:message key="col.actions"/></th>
      </tr>
    </thead>
    <tbody id="order-rows">
      <c:forEach var="vo" items="${orders.records()}">
        <c:set var="o" value="${vo.order()}"/>
        <tr data-order-id="${o.id()}" data-status="${o.status()}">
          <td data-field="number"><a href="${ctx}/console/orders/${o.id()}"><c:out value="${o.number()}"/></a></td>
          <td><ul class="lines" data-field="lines"><c:forEach var="d" items="${vo.details()}"><li><c:if test="${not empty d.setmealId()}"><span class="tag"><fmt:message key="line.setmeal"/></span></c:if><span><c:out value="${d.name()}"/></span><c:if test="${not empty d.dishFlavor()}"><small><c:out value="${d.dishFlavor()}"/></small></c:if> ×<c:out value="${d.number()}"/></li></c:forEach></ul></td>
          <td><span data-field="consignee"><c:out value="${o.consignee()}"/></span><br><span data-field="phone"><c:out value="${o.phone()}"/></span></td>
          <td data-field="address"><c:out value="${o.address()}"/></td>
          <td data-field="remark" class="remark"><c:out value="${o.remark()}"/></td>
          <td data-field="orderTime"><c:out value="${fn:replace(o.orderTime(), 'T', ' ')}"/></td>
          <td data-field="amount">¥<c:out value="${o.amount()}"/></td>
          <td data-field="status" class="status s${o.status()}"><fmt:message key="row.${o.status()}"/></td>
          <td class="actions"><%@ include file="_actions.jspf" %></td>
        </tr>
      </c:forEach>
    </tbody>
  </table>
  <c:if test="${orders.total() == 0}"><p class="empty" id="empty"><fmt:message key="empty"/></p></c:if>
  <%-- One order line as the rows above show it: a set meal tagged, a dish's flavour after its name. --%>
  <template id="line-template">
    <li><span class="tag" data-field="setmeal"><fmt:message key="line.setmeal"/></span><span data-field="name"></span><small data-field="flavor"></small> ×<span data-field="number"></span></li>
  </template>
  <template id="row-template">
    <tr data-order-id="" data-status="">
      <td data-field="number"><a href=""></a></td><td><ul class="lines" data-field="lines"></ul></td>
      <td><span data-field="consignee"></span><br><span data-field="phone"></span></td>
      <td data-field="address"></td><td data-field="remark" class="remark"></td><td data-field="orderTime"></td>
      <td data-field="amount"></td><td data-field="status" class="status"></td>
      <td class="actions"><%@ include file="_actions.jspf" %></td>
    </tr>
  </template>
  <c:url var="base" value="/console">
    <c:if test="${not empty status}"><c:param name="status" value="${status}"/></c:if>
    <c:if test="${not empty number}"><c:param name="number" value="${number}"/></c:if>
    <c:if test="${not empty phone}"><c:param name="phone" value="${phone}"/></c:if>
    <c:if test="${not empty begin}"><c:param name="begin" value="${begin}"/></c:if>
    <c:if test="${not empty end}"><c:param name="end" value="${end}"/></c:if>
  </c:url>
  <c:set var="join" value="${fn:contains(base, '?') ? '&' : '?'}"/>
  <nav class="pager">
    <c:if test="${page > 1}"><a href="${fn:escapeXml(base)}${join}page=${page - 1}"><fmt:message key="page.prev"/></a></c:if>
    <span><fmt:message key="page.info"><fmt:param value="${page}"/><fmt:param value="${orders.total()}"/></fmt:message></span>
    <c:if test="${page * pageSize < orders.total()}"><a href="${fn:escapeXml(base)}${join}page=${page + 1}"><fmt:message key="page.next"/></a></c:if>
  </nav>
</main>
</body>
</html>

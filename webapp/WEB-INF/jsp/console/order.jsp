<%@ include file="_head.jspf" %>
<c:set var="order" value="${o.order()}"/>
<!DOCTYPE html>
<html lang="${fn:escapeXml(locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><fmt:message key="detail.title"/> <c:out value="${order.number()}"/> · <fmt:message key="app.title"/></title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${ctx}/static/console.css">
  <script src="${ctx}/static/console.js" defer></script>
</head>
<%@ include file="_body.jspf" %>
<%@ include file="_nav.jspf" %>
<main class="detail">
  <p><a href="${ctx}/console">← <fmt:message key="action.back"/></a></p>
  <h1><fmt:message key="detail.title"/> · <c:out value="${order.number()}"/></h1>
  <section class="card" data-order-id="${order.id()}" data-status="${order.status()}" id="order-card">
    <p><strong><fmt:message key="col.status"/>:</strong>
      <span data-field="status" class="status s${order.status()}"><fmt:message key="row.${order.status()}"/></span>
      · <fmt:message key="detail.payStatus"/>: <fmt:message key="detail.pay.${order.payStatus()}"/></p>
    <p><strong><fmt:message key="col.consignee"/>:</strong> <c:out value="${order.consignee()}"/> ·
      <c:out value="${order.phone()}"/></p>
    <p><strong><fmt:message key="col.address"/>:</strong> <c:out value="${order.address()}"/></p>
    <p><strong><fmt:message key="col.remark"/>:</strong> <span class="remark" id="remark"><c:out value="${order.remark()}"/></span></p>
    <p><strong><fmt:message key="col.time"/>:</strong> <c:out value="${fn:replace(order.orderTime(), 'T', ' ')}"/>
      <c:if test="${not empty order.estimatedDeliveryTime()}"> · <fmt:message key="detail.estimated"/>:
        <c:out value="${fn:replace(order.estimatedDeliveryTime(), 'T', ' ')}"/></c:if></p>
    <c:if test="${not empty order.cancelReason()}"><p><strong><fmt:message key="detail.cancelReason"/>:</strong> <c:out value="${order.cancelReason()}"/></p></c:if>
    <c:if test="${not empty order.rejectionReason()}"><p><strong><fmt:message key="detail.rejectionReason"/>:</strong> <c:out value="${order.rejectionReason()}"/></p></c:if>
    <table class="items">
      <thead><tr><th><fmt:message key="detail.items"/></th><th>×</th><th><fmt:message key="detail.amount"/></th></tr></thead>
      <tbody>
        <c:forEach var="d" items="${o.details()}">
          <tr><td class="line"><c:if test="${not empty d.setmealId()}"><span class="tag"><fmt:message key="line.setmeal"/></span> </c:if><c:out value="${d.name()}"/> <small><c:out value="${d.dishFlavor()}"/></small></td>
            <td><c:out value="${d.number()}"/></td><td>¥<c:out value="${d.amount()}"/></td></tr>
        </c:forEach>
      </tbody>
      <tfoot id="charges">
        <tr><td><fmt:message key="detail.itemsTotal"/></td><td></td><td>¥<c:out value="${charges.items()}"/></td></tr>
        <tr><td><fmt:message key="detail.packFee"><fmt:param value="${charges.packCount()}"/></fmt:message></td><td></td>
          <td>¥<c:out value="${charges.packFee()}"/></td></tr>
        <tr><td><fmt:message key="detail.deliveryFee"/></td><td></td><td>¥<c:out value="${charges.deliveryFee()}"/></td></tr>
        <tr class="total"><td><strong><fmt:message key="detail.total"/></strong></td><td></td>
          <td><strong>¥<c:out value="${charges.total()}"/></strong></td></tr>
        <tr><td colspan="3"><fmt:message key="detail.tableware"/>:
          <c:choose><c:when test="${order.tablewareStatus() == 1 or empty order.tablewareNumber()}"><fmt:message key="detail.tablewareByMeal"/></c:when>
            <c:otherwise><c:out value="${order.tablewareNumber()}"/></c:otherwise></c:choose></td></tr>
      </tfoot>
    </table>
    <div class="actions"><%@ include file="_actions.jspf" %></div>
  </section>
  <section class="card">
    <h2><fmt:message key="detail.reminders"/></h2>
    <c:choose>
      <c:when test="${o.reminders().reminderCount() == 0}"><p><fmt:message key="detail.noReminders"/></p></c:when>
      <c:otherwise>
        <ul class="reminders">
          <c:forEach var="r" items="${o.reminders().reminders()}">
            <li><c:out value="${fn:replace(r.remindedAt(), 'T', ' ')}"/> ·
              <fmt:message key="detail.reply"/>:
              <c:choose><c:when test="${empty r.reply()}"><em><fmt:message key="detail.noReply"/></em></c:when>
                <c:otherwise><c:out value="${r.reply()}"/></c:otherwise></c:choose></li>
          </c:forEach>
        </ul>
        <div class="reply">
          <select id="reply-select">
            <c:forEach var="text" items="${replies}"><%@ include file="_preset.jspf" %></c:forEach>
          </select>
          <input id="reply-custom" maxlength="30" placeholder="<fmt:message key='reply.custom'/>">
          <button type="button" id="reply-send" data-order-id="${order.id()}"><fmt:message key="action.reply"/></button>
          <span class="error" id="reply-error"></span>
        </div>
      </c:otherwise>
    </c:choose>
  </section>
</main>
</body>
</html>

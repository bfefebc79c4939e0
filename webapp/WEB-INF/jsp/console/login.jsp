<%@ include file="_head.jspf" %>
<!DOCTYPE html>
<html lang="${fn:escapeXml(locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><fmt:message key="login.title"/> · <fmt:message key="app.title"/></title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${ctx}/static/console.css">
</head>
<body class="login-page">
  <form class="login" method="post" action="${ctx}/console/login">
    <h1><fmt:message key="app.title"/></h1>
    <h2><fmt:message key="login.title"/></h2>
    <c:if test="${expired and empty error}">
      <p class="notice" role="status" id="expired-notice"><fmt:message key="login.expired"/></p>
    </c:if>
    <c:if test="${signedOut and empty error}">
      <p class="notice" role="status" id="signed-out-notice"><fmt:message key="login.signedOut"/></p>
    </c:if>
    <c:if test="${not empty error}">
      <p class="error" role="alert" id="login-error"><c:out value="${error}"/></p>
    </c:if>
    <input type="hidden" name="_csrf" value="${fn:escapeXml(csrf)}">
    <label><fmt:message key="login.username"/>
      <input name="username" id="username" autocomplete="username" required maxlength="32" value="${fn:escapeXml(username)}">
    </label>
    <label><fmt:message key="login.password"/>
      <input name="password" id="password" type="password" autocomplete="current-password" required maxlength="128">
    </label>
    <button type="submit" id="login-submit"><fmt:message key="login.submit"/></button>
    <p class="hint"><fmt:message key="login.hint"/> ·
      <a href="?lang=<fmt:message key='nav.languageCode'/>"><fmt:message key="nav.language"/></a></p>
  </form>
</body>
</html>

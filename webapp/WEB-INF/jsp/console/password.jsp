<%@ include file="_head.jspf" %>
<!DOCTYPE html>
<html lang="${fn:escapeXml(locale)}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><fmt:message key="password.title"/> · <fmt:message key="app.title"/></title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${ctx}/static/console.css">
</head>
<body class="login-page">
  <form class="login" method="post" action="${ctx}/console/password">
    <h1><fmt:message key="app.title"/></h1>
    <h2><fmt:message key="password.title"/></h2>
    <c:if test="${initial and empty error}">
      <p class="notice" role="status" id="default-password-notice"><fmt:message key="password.initial"/></p>
    </c:if>
    <c:if test="${not empty error}">
      <p class="error" role="alert" id="password-error"><c:out value="${error}"/></p>
    </c:if>
    <input type="hidden" name="_csrf" value="${fn:escapeXml(csrf)}">
    <label><fmt:message key="password.old"/>
      <input name="oldPassword" id="old-password" type="password" autocomplete="current-password" required maxlength="128">
    </label>
    <label><fmt:message key="password.new"/>
      <input name="newPassword" id="new-password" type="password" autocomplete="new-password" required
             minlength="6" maxlength="20" pattern="[A-Za-z0-9]{6,20}">
    </label>
    <label><fmt:message key="password.confirm"/>
      <input name="confirmPassword" id="confirm-password" type="password" autocomplete="new-password" required maxlength="20">
    </label>
    <button type="submit" id="password-submit"><fmt:message key="password.submit"/></button>
    <p class="hint"><a href="${ctx}/console" id="password-later"><fmt:message key="password.later"/></a></p>
  </form>
</body>
</html>

/**
 * The merchant console: servlet controllers for the JSP views in webapp/WEB-INF/jsp/console/, the session and CSRF
 * guard, and the JSON the board's script refreshes itself with.
 */
package com.skyorders.console;

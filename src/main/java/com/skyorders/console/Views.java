package com.skyorders.console;

import com.skyorders.auth.Principal;
import com.skyorders.employee.EmployeeService;
import com.skyorders.order.OrderWorkflowService;
import com.skyorders.shop.ShopService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Forwards to a console JSP under /WEB-INF/jsp/console/ with what every page needs: locale, CSRF token, the
 * signed-in member of staff's name, and the alert cursor its socket starts from.
 */
public final class Views {

    private final ConsoleSession sessions;
    private final EmployeeService employees;
    private final LongSupplier alertCursor;
    private final Supplier<String> alertEpoch;
    private final ShopService shop;

    public Views(
            ConsoleSession sessions,
            EmployeeService employees,
            LongSupplier alertCursor,
            Supplier<String> alertEpoch,
            ShopService shop) {
        this.alertEpoch = alertEpoch;
        this.sessions = sessions;
        this.employees = employees;
        this.alertCursor = alertCursor;
        this.shop = shop;
    }

    /** One console text in the request's language (for messages a controller decides, not a page). */
    String text(HttpServletRequest request, HttpServletResponse response, String key) {
        return ConsoleMessages.bundle(sessions.locale(request, response)).getString(key);
    }

    void render(HttpServletRequest request, HttpServletResponse response, String view, String error)
            throws ServletException, IOException {
        Locale locale = sessions.locale(request, response);
        request.setAttribute("locale", locale.toLanguageTag());
        ConsoleMessages.apply(request, locale);
        request.setAttribute("csrf", sessions.csrfToken(request, response));
        request.setAttribute("error", error);
        request.setAttribute("consoleActions", ConsoleAction.values());
        request.setAttribute("rejectReasons", OrderWorkflowService.REJECT_REASONS);
        request.setAttribute("cancelReasons", OrderWorkflowService.CANCEL_REASONS);
        if (request.getAttribute(Principal.REQUEST_ATTRIBUTE) instanceof Principal staff) {
            request.setAttribute("staffName", employees.name(staff.id()).orElse(""));
            request.setAttribute("alertCursor", alertCursor.getAsLong());
            request.setAttribute("alertEpoch", alertEpoch.get());
            request.setAttribute("shopStatus", shop.status());
        }
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/WEB-INF/jsp/console/" + view + ".jsp").forward(request, response);
    }
}

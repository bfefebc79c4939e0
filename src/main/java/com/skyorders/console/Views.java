package com.skyorders.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Forwards to a console JSP under /WEB-INF/jsp/console/ with what every page needs: locale and CSRF token. */
final class Views {

    private Views() {
    }

    static void render(HttpServletRequest request, HttpServletResponse response, String view, String error)
            throws ServletException, IOException {
        request.setAttribute("locale", ConsoleSession.locale(request).toLanguageTag());
        request.setAttribute("csrf", ConsoleSession.csrfToken(request));
        request.setAttribute("error", error);
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/WEB-INF/jsp/console/" + view + ".jsp").forward(request, response);
    }
}

package com.skyorders.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's texts: {@code console/messages.properties} is Chinese (the base, and what any text missing in
 * another language falls back to), {@code messages_en.properties} English. The bundle is chosen here with no
 * fallback to the server's default locale, so an English-speaking server still serves Chinese first.
 */
final class ConsoleMessages {

    private static final String BUNDLE = "console.messages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ConsoleMessages() {}

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_SERVER_LOCALE);
    }

    /** What the JSPs' fmt tags read for this request: the texts and the locale they format numbers and dates in. */
    static void apply(HttpServletRequest request, Locale locale) {
        Config.set(request, Config.FMT_LOCALIZATION_CONTEXT, new LocalizationContext(bundle(locale), locale));
        Config.set(request, Config.FMT_LOCALE, locale);
    }
}

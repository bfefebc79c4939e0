package com.skyorders.console;

import com.skyorders.notify.MerchantHub;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a console session ends (logout or timeout), the alert sockets it opened close with it. */
public final class ConsoleSessionListener implements HttpSessionListener {

    private final MerchantHub hub;

    public ConsoleSessionListener(MerchantHub hub) {
        this.hub = hub;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        hub.closeHttpSession(event.getSession().getId());
    }
}

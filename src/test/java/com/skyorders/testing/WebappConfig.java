package com.skyorders.testing;

import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.LifecycleEvent;
import org.apache.catalina.startup.ContextConfig;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;

/**
 * Tomcat's ContextConfig plus what tomcat-conf/context.xml gives the webapp in production: its context
 * parameters. It also narrows jar scanning, which otherwise walks the whole test class path for seconds.
 */
final class WebappConfig extends ContextConfig {

    private final Map<String, String> parameters;

    WebappConfig(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    @Override
    public void lifecycleEvent(LifecycleEvent event) {
        if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
            Context webapp = (Context) event.getLifecycle();
            parameters.forEach(webapp::addParameter);
            StandardJarScanFilter filter = new StandardJarScanFilter();
            filter.setTldSkip("*");
            filter.setTldScan("jakarta.servlet.jsp.jstl-*.jar");
            filter.setPluggabilitySkip("*");
            filter.setPluggabilityScan("jakarta.servlet.jsp.jstl-*.jar,tomcat-embed-websocket-*.jar");
            StandardJarScanner scanner = new StandardJarScanner();
            scanner.setJarScanFilter(filter);
            webapp.setJarScanner(scanner);
            org.apache.tomcat.util.http.Rfc6265CookieProcessor cookies =
                    new org.apache.tomcat.util.http.Rfc6265CookieProcessor();
            cookies.setSameSiteCookies("lax");
            webapp.setCookieProcessor(cookies);
        }
        super.lifecycleEvent(event);
    }
}

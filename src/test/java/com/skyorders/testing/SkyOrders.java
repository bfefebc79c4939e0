package com.skyorders.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension for integration tests: starts the one TestServer of this JVM on first use, closes it when the
 * whole run ends, and hands it (or an Api client on it) to test constructors and methods. Every test starts from
 * the demo data alone (resetData) and leaves the app's clock on real time.
 */
public final class SkyOrders implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SkyOrders.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).resetData();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server(context).shiftClock(java.time.Duration.ZERO);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestServer.class || type == Api.class || type == Shop.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestServer server = server(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Shop.class) {
            return new Shop(new Api(server), server);
        }
        return type == Api.class ? new Api(server) : server;
    }

    private static TestServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        TestServer.class,
                        key -> {
                            try {
                                return TestServer.start();
                            } catch (Exception e) {
                                throw new IllegalStateException("Could not start the embedded MariaDB + Tomcat", e);
                            }
                        },
                        TestServer.class);
    }
}

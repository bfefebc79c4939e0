package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.skyorders.auth.Origin;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocketOriginPolicyTest {

    private final SocketOriginPolicy policy = new SocketOriginPolicy(List.of(
            Origin.parse("http://localhost").orElseThrow(),
            Origin.parse("https://admin.shop.example:8443").orElseThrow()));

    @ParameterizedTest(name = "Origin {0} on {1}://{2}:{3} → {4}")
    @CsvSource({
        // this host, as Tomcat sees it (Host header, or what a trusted proxy forwarded)
        "http://shop.example,        http,  shop.example, 80,   true",
        "https://shop.example,       https, shop.example, 443,  true",
        "http://SHOP.example:80,     http,  shop.example, 80,   true",
        "http://shop.example:8080,   http,  shop.example, 80,   false",
        "https://shop.example,       http,  shop.example, 80,   false",
        // the tutorial's nginx: Host is its upstream name; the page's origin is listed
        "http://localhost,           http,  webservers,   80,   true",
        "http://localhost:80,        http,  webservers,   80,   true",
        "https://admin.shop.example:8443, http, webservers, 80, true",
        "https://admin.shop.example, http,  webservers,   80,   false",
        "http://localhost.evil.example, http, webservers, 80,   false",
        "http://evil.example,        http,  webservers,   80,   false",
        // not an origin a page on the web could have
        "null,                       http,  webservers,   80,   false",
        "http://localhost/path,      http,  webservers,   80,   false",
        "ftp://localhost,            http,  webservers,   80,   false",
        "http://user@localhost,      http,  webservers,   80,   false"
    })
    void ambientCredentialsCountOnlyFromThisHostOrAnAllowedOrigin(
            String origin, String scheme, String host, int port, boolean permitted) {
        assertEquals(permitted, policy.permits(Origin.parse(origin), new Origin(scheme, host, port)));
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost, http://localhost",
        "HTTP://LocalHost:80, http://localhost",
        "https://a.example:443, https://a.example",
        "http://127.0.0.1:8080, http://127.0.0.1:8080"
    })
    void originsAreComparedByValue(String text, String normalised) {
        assertEquals(Optional.of(normalised), Origin.parse(text).map(Origin::toString));
    }
}

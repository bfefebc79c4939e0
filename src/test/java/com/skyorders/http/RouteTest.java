package com.skyorders.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Path templates against request paths: what binds, and what does not fit. */
class RouteTest {

    @ParameterizedTest(name = "{0} ~ {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /orderDetail/{id}      | /orderDetail/42      | id=42
            /orderDetail/{id}      | /orderDetail/        | id=
            /orderDetail/{id}      | /orderDetail         | -
            /orderDetail/{id}      | /orderDetail/42/x    | -
            /reminder/{id}         | /orderDetail/42      | -
            /status/{status}/{id}  | /status/1/7          | status=1;id=7
            /list                  | /list                | ''
            /list                  | /list/               | -
            /                      | /                    | ''
            /                      | /x                   | -
            """)
    void bindsTheTemplatesVariablesOrDoesNotFit(String template, String path, String expected) {
        Route route = Route.of("GET", template, request -> null);
        Optional<Map<String, String>> match = route.match(Route.split(path));
        if (expected == null) {
            assertEquals(Optional.empty(), match);
            return;
        }
        Map<String, String> variables = new java.util.HashMap<>();
        for (String pair : expected.split(";")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", -1);
                variables.put(kv[0], kv[1]);
            }
        }
        assertEquals(Optional.of(variables), match);
    }
}

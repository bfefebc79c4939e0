package com.skyorders.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.skyorders.config.JsonFactory;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.web.WebJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies: strict JSON objects only, and a wrong type names its field. No servlet container needed. */
class ApiRequestBodyTest {

    record Body(Long id, BigDecimal amount, String remark) {}

    private final ApiRequest request = new ApiRequest(null, null, Map.of(), WebJson.extend(JsonFactory.create()));

    private Body parse(String json) {
        return request.parse(json.getBytes(StandardCharsets.UTF_8), Body.class);
    }

    @org.junit.jupiter.api.Test
    void aWellFormedObjectBinds() {
        assertEquals(
                new Body(7L, new BigDecimal("12.50"), "少辣"), parse("{\"id\":7,\"amount\":12.50,\"remark\":\"少辣\"}"));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(
            strings = {
                "",
                "   ",
                "[1,2]",
                "\"text\"",
                "42",
                "null",
                "{\"id\":1} x",
                "{'id':1}",
                "{id:1}",
                "{\"id\":1 /* c */}",
                "{\"id\":1,}",
                "{",
                "\u0000"
            })
    void anythingButOneStrictJsonObjectIsInvalidInput(String body) {
        AppException e = assertThrows(AppException.class, () -> parse(body));
        assertEquals(Problem.INVALID_INPUT, e.problem());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id":"abc"}          | id类型错误
            {"amount":{"x":1}}    | amount类型错误
            {"id":1.5}            | id类型错误
            {"id":99999999999999999999999} | id类型错误
            {"id":18446744073709551617}    | id类型错误
            {"id":true}                    | id类型错误
            """)
    void aWrongTypeNamesItsField(String body, String message) {
        AppException e = assertThrows(AppException.class, () -> parse(body));
        assertEquals(Problem.INVALID_INPUT, e.problem());
        assertEquals(message, e.getMessage());
    }
}

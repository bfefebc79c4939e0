package com.skyorders.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import com.skyorders.auth.Principal;
import com.skyorders.auth.Role;
import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.order.OrderStatus;
import com.skyorders.paging.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request as handlers see it: path variables, query parameters and the JSON body, each parsed and checked at
 * the edge. Every refusal names the field and becomes a 4xx in the envelope.
 */
public final class ApiRequest {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Pattern GSON_PATH = Pattern.compile("path \\$\\.?([\\w.\\[\\]]*)");

    private final HttpServletRequest http;
    private final HttpServletResponse response;
    private final Map<String, String> pathVariables;
    private final Gson gson;

    ApiRequest(HttpServletRequest http, HttpServletResponse response, Map<String, String> pathVariables, Gson gson) {
        this.http = http;
        this.response = response;
        this.pathVariables = pathVariables;
        this.gson = gson;
    }

    public HttpServletRequest http() {
        return http;
    }

    /** For the few handlers that set a header or cookie beside the envelope. */
    public HttpServletResponse response() {
        return response;
    }

    /** A positive id from the path, e.g. {@code /orderDetail/{id}}. */
    public long pathId(String name) {
        return positiveLong(name, pathVariables.get(name));
    }

    /** A small whole number from the path, e.g. the 0 or 1 of {@code /status/{status}}. */
    public int pathInt(String name, int min, int max) {
        String value = pathVariables.get(name);
        if (value != null && value.matches("\\d{1,9}")) {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        }
        throw AppException.invalid(name, "必须是" + min + "到" + max + "之间的整数");
    }

    public String query(String name) {
        String value = http.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public int queryInt(String name, int defaultValue, int min, int max) {
        String value = query(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw AppException.invalid(name, "必须是" + min + "到" + max + "之间的整数");
    }

    /** A page from {@code pageParam} (default 1) and {@code pageSize} (default 10, at most 100). */
    public PageRequest page(String pageParam) {
        return new PageRequest(
                queryInt(pageParam, 1, 1, 100_000), queryInt("pageSize", 10, 1, PageRequest.MAX_PAGE_SIZE));
    }

    /** An optional order status filter, one of {@link OrderStatus}'s codes (1–6); blank means all. */
    public Integer orderStatus() {
        return query("status") == null ? null : queryInt("status", 0, OrderStatus.minCode(), OrderStatus.maxCode());
    }

    public Long queryId(String name) {
        String value = query(name);
        return value == null ? null : positiveLong(name, value);
    }

    /** Ids from one parameter, one or comma-joined ({@code ids=1,2,3}, the admin's 批量), at most {@code max}. */
    public java.util.Set<Long> queryIds(String name, int max) {
        String value = query(name);
        if (value == null) {
            throw AppException.invalid(name, "不能为空");
        }
        String[] parts = value.split(",", -1);
        if (parts.length > max) {
            throw AppException.invalid(name, "一次最多" + max + "个");
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String part : parts) {
            ids.add(positiveLong(name, part.trim()));
        }
        return ids;
    }

    /** The signed-in employee's id (the auth filter has already refused anyone else on /admin/**). */
    public long employeeId() {
        Principal principal = principal();
        if (principal == null || principal.role() != Role.STAFF) {
            throw new AppException(Problem.UNAUTHENTICATED, ErrorMessages.forStatus(401));
        }
        return principal.id();
    }

    /** The JSON body as {@code type}: 415 unless JSON, 413 past 64 KiB, 400 naming the field it cannot read. */
    public <T> T body(Class<T> type) throws IOException {
        return parse(rawBody(), type);
    }

    /** {@code body}, already read, as {@code type}. */
    public <T> T parse(byte[] body, Class<T> type) {
        JsonElement tree = tree(body);
        if (!tree.isJsonObject()) {
            throw new AppException(Problem.INVALID_INPUT, "请求体必须是JSON对象");
        }
        try {
            return gson.fromJson(tree, type);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            throw new AppException(Problem.INVALID_INPUT, describe(e));
        }
    }

    public JsonElement bodyTree() throws IOException {
        return tree(rawBody());
    }

    /** The raw body bytes, after the content-type and size checks. */
    public byte[] rawBody() throws IOException {
        String contentType = http.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new AppException(Problem.UNSUPPORTED_MEDIA_TYPE, "请求体必须是JSON (Content-Type: application/json)");
        }
        if (http.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new AppException(Problem.PAYLOAD_TOO_LARGE, "请求体不能超过64KB");
        }
        try (InputStream in = http.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new AppException(Problem.PAYLOAD_TOO_LARGE, "请求体不能超过64KB");
            }
            return bytes;
        }
    }

    private static JsonElement tree(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new AppException(Problem.INVALID_INPUT, "请求体不能为空");
        }
        // Strict: no comments, unquoted names, single quotes or trailing garbage.
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement tree = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("trailing data");
            }
            return tree;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new AppException(Problem.INVALID_INPUT, "请求体不是合法的JSON");
        }
    }

    public Principal principal() {
        return (Principal) http.getAttribute(Principal.REQUEST_ATTRIBUTE);
    }

    /** The signed-in customer's user id (the auth filter has already refused anyone else). */
    public long customerId() {
        Principal principal = principal();
        if (principal == null || principal.role() != Role.CUSTOMER) {
            throw new AppException(Problem.UNAUTHENTICATED, ErrorMessages.forStatus(401));
        }
        return principal.id();
    }

    public static long positiveLong(String name, String value) {
        if (value != null && value.matches("\\d{1,18}")) {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        }
        throw AppException.invalid(name, "必须是正整数");
    }

    private static String describe(RuntimeException e) {
        Matcher path = GSON_PATH.matcher(String.valueOf(e.getMessage()));
        String field = path.find() && !path.group(1).isEmpty() ? path.group(1) : null;
        return field == null ? "请求体格式错误" : field + "类型错误";
    }
}

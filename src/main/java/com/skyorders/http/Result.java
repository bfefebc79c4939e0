package com.skyorders.http;

/**
 * sky-take-out's response envelope: {@code {"code":1,"msg":null,"data":…}} on success,
 * {@code {"code":0,"msg":"…","data":null}} on failure. The HTTP status travels beside it.
 */
public record Result<T>(int code, String msg, T data) {

    public static <T> Result<T> success(T data) {
        return new Result<>(1, null, data);
    }

    public static <T> Result<T> error(String msg) {
        return new Result<>(0, msg, null);
    }
}

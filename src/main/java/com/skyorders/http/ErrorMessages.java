package com.skyorders.http;

/** The envelope's message for a bare HTTP status, in the tutorial's language. */
public final class ErrorMessages {

    private ErrorMessages() {}

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "请求参数错误";
            case 401 -> "未登录或登录已过期";
            case 403 -> "无权访问";
            case 404 -> "资源不存在";
            case 405 -> "请求方法不支持";
            case 409 -> "状态冲突";
            case 413 -> "请求体过大";
            case 415 -> "请求体必须是JSON";
            case 429 -> "请求太频繁";
            case 503 -> "服务暂时不可用，请稍后重试";
            default -> status >= 500 ? "服务器内部错误" : "请求错误";
        };
    }
}

package com.skyorders.outbox;

import java.util.Arrays;

/**
 * What an alert is about. {@code code} is the admin message page's type (1 待接单, 2 急·待接单, 4 催单);
 * {@code frameType} is the WebSocket frame's ({@link FrameType}) that the stock console rings on.
 */
public enum AlertType {
    NEW_ORDER(1, FrameType.NEW_ORDER, false),
    URGENT_NEW_ORDER(2, FrameType.NEW_ORDER, true),
    REMINDER(4, FrameType.REMINDER, false);

    private final int code;
    private final int frameType;
    private final boolean urgent;

    AlertType(int code, int frameType, boolean urgent) {
        this.code = code;
        this.frameType = frameType;
        this.urgent = urgent;
    }

    public int code() {
        return code;
    }

    public int frameType() {
        return frameType;
    }

    public boolean urgent() {
        return urgent;
    }

    public static AlertType of(int code) {
        return Arrays.stream(values())
                .filter(t -> t.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert type " + code));
    }
}

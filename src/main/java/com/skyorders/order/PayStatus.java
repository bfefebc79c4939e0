package com.skyorders.order;

/**
 * An order's pay status, with sky-take-out's codes: the one place they are written. The DAOs bind {@link #code()}
 * wherever a statement reads or writes {@code pay_status}; the JSON API sends the code ({@code payStatus}, 0/1/2),
 * as the tutorial's clients read it.
 */
public enum PayStatus {
    UNPAID(0), // 待支付
    PAID(1), // 已支付
    REFUNDED(2); // 退款

    private final int code;

    PayStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

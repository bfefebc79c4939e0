package com.skyorders.outbox;

/**
 * The {@code type} of a merchant-socket frame, the number the stock console (and ours) rings on. Written once here
 * and once in console.js ({@code const FRAME}); FrameTypeTest ties the two together.
 */
public final class FrameType {

    /** 来单提醒: a paid order (or an urgent re-alert of one nobody accepted). */
    public static final int NEW_ORDER = 1;
    /** 客户催单: a customer's reminder. */
    public static final int REMINDER = 2;

    private FrameType() {}
}

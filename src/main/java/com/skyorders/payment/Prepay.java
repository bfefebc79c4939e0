package com.skyorders.payment;

/** What the mini-program needs to open WeChat's payment sheet (sky-take-out's OrderPaymentVO). */
public record Prepay(String nonceStr, String paySign, String timeStamp, String signType, String packageStr) {}

package com.skyorders.user;

/** What a customer login returns: sky-take-out's UserLoginVO. */
public record CustomerLogin(long id, String openid, String token) {}

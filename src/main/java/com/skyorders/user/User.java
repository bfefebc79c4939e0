package com.skyorders.user;

/** A customer, known by the openid their identity provider gives them. */
public record User(long id, String openid, String name, String phone) {}

package com.skyorders.user;

/**
 * Turns a mini-program login code into the customer's stable openid. WeChat's provider would call
 * {@code sns/jscode2session} with the app id and secret; it cannot be reached here, so the demo provider stands in.
 */
public interface IdentityProvider {

    /** The openid for {@code code}; throws an AppException (INVALID_INPUT) for a code it refuses. */
    String openidFor(String code);
}

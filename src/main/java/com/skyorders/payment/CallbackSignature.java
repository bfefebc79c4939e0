package com.skyorders.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the gateway callback's signature: the header {@code X-Sky-Signature} carries the lower-case hex
 * HMAC-SHA256 of the raw request body under the shared secret {@code sky.pay.notifySecret}. No secret, no callback.
 */
public final class CallbackSignature {

    public static final String HEADER = "X-Sky-Signature";

    private final byte[] secret;

    public CallbackSignature(String secret) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean enabled() {
        return secret.length > 0;
    }

    public boolean verify(byte[] body, String signature) {
        if (!enabled() || signature == null) {
            return false;
        }
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

package com.skyorders.employee;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is trying to sign in: the client address (as RemoteIpValve reports it) and the device cookie the browser
 * sent, if any. Both come from the client, so both are checked for shape here and never trusted for more: an address
 * that is not an IP literal counts as one shared "unknown" address, a malformed cookie as none.
 */
public record LoginClient(String address, Optional<String> device) {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final String UNKNOWN_ADDRESS = "unknown";

    public LoginClient {
        address = address != null && IP_LITERAL.matcher(address).matches() ? address : UNKNOWN_ADDRESS;
        device = device.filter(d -> DEVICE.matcher(d).matches());
    }

    public static LoginClient of(String address, Optional<String> device) {
        return new LoginClient(address, device);
    }
}

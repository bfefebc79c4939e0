package com.skyorders.socket;

import java.security.Principal;

/**
 * Who opened a merchant socket, as the handshake filter authenticated them: the employee, and the hash of the token
 * (API token or console sign-in) they came with, so the socket closes when that credential ends.
 */
public record StaffSocketPrincipal(long employeeId, String tokenHash) implements Principal {

    @Override
    public String getName() {
        return "staff:" + employeeId;
    }
}

package com.skyorders.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashMatchesOnlyItsPassword() {
        String stored = hasher.hash("123456");
        assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
        assertTrue(hasher.matches("123456", stored));
        assertFalse(hasher.matches("1234567", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void sameTextGetsAFreshSalt() {
        assertNotEquals(hasher.hash("123456"), hasher.hash("123456"));
    }

    @Test
    void malformedOrForeignHashesNeverMatch() {
        assertFalse(hasher.matches("123456", "e10adc3949ba59abbe56e057f20f883e"), "an MD5 from the tutorial");
        assertFalse(hasher.matches("123456", "pbkdf2-sha512$x$y$z"));
        assertFalse(hasher.matches("123456", null));
    }

    @Test
    void theDemoAdminHashIsValid() {
        String demo = "pbkdf2-sha512$210000$XktEOCVhvQ1+/lxA+0VjDQ$Uvn3LbHQx/zCQdKrowQ6+VAqiSeNKq8uPgOtZxZYLrs";
        assertTrue(hasher.matches("123456", demo));
    }

    @Test
    void theDecoyCostsWhatARealHashCostsAndMatchesNothing() {
        String decoy = hasher.decoy();
        String real = hasher.hash("123456");
        String[] realParts = real.split("\\$");
        String[] decoyParts = decoy.split("\\$");
        assertEquals(realParts[0], decoyParts[0], "same algorithm");
        assertEquals(realParts[1], decoyParts[1], "same iteration count: same work to refuse");
        assertEquals(realParts[2].length(), decoyParts[2].length(), "same salt size");
        assertEquals(realParts[3].length(), decoyParts[3].length(), "same hash size");
        for (String password : new String[] {"", "123456", "decoy-password", decoy}) {
            assertFalse(hasher.matches(password, decoy));
        }
        assertNotEquals(decoy, hasher.decoy(), "random, so it cannot be precomputed against");
    }
}

package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every staff demo account has an OTP secret in the realm file, the others none. */
class DemoOtpTest {

    @Test
    void staffAccountsHaveSecrets() {
        for (String staff : List.of("moderator", "organizer", "strategy-office", "board-chair", "admin")) {
            assertEquals(20, DemoOtp.secretOf(staff).orElseThrow().length(), staff);
            assertTrue(DemoOtp.codeFor(staff).orElseThrow().matches("\\d{6}"), staff);
        }
        for (String other : List.of("citizen", "org-rep", "board-member")) {
            assertTrue(DemoOtp.secretOf(other).isEmpty(), other);
        }
    }
}

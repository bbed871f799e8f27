package de.mitwirken.conference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.control.TicketCodes.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final TicketCodes tickets = new TicketCodes(SECRET);

    @Test
    void aNonceIs24CharactersOfBase64UrlAndNeverRepeats() {
        String nonce = TicketCodes.newNonce();
        assertTrue(nonce.matches("[A-Za-z0-9_-]{24}"), nonce);
        assertNotEquals(nonce, TicketCodes.newNonce());
    }

    @Test
    void aCodeIsParsedBackAndMatchesItsRegistration() {
        String nonce = TicketCodes.newNonce();
        String code = tickets.code(123, nonce);
        assertTrue(code.matches("MW-123-[A-Z2-7]{16}"), code);
        assertEquals(code, tickets.code(123, nonce), "deterministic");
        Parsed parsed = TicketCodes.parse(code).orElseThrow();
        assertEquals(123, parsed.registrationId());
        assertTrue(tickets.matches(parsed.registrationId(), nonce, parsed.mac()));
        assertFalse(tickets.matches(124, nonce, parsed.mac()), "another registration");
        assertFalse(tickets.matches(123, TicketCodes.newNonce(), parsed.mac()), "a new nonce revokes the old ticket");
    }

    @Test
    void theDisplayFormIsGroupedAndReadBackAsPeopleTypeIt() {
        String nonce = TicketCodes.newNonce();
        String code = tickets.code(123, nonce);
        String display = tickets.display(code);
        assertTrue(display.matches("MW-123-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"), display);
        Parsed expected = TicketCodes.parse(code).orElseThrow();
        String mac = expected.mac();
        for (String typed : new String[] {display, display.toLowerCase(), "  " + display + "\n",
                "mw 123 " + mac.substring(0, 4) + " " + mac.substring(4, 8) + " " + mac.substring(8).toLowerCase(),
                "MW-123 - " + mac.substring(0, 8) + "–" + mac.substring(8), "https://portal.example/t/" + display,
                "https://portal.example/c?ticket=" + code}) {
            assertEquals(Optional.of(expected), TicketCodes.parse(typed), typed);
        }
        assertEquals(display, tickets.display(display.toLowerCase()));
    }

    @Test
    void aChangedDigitOrLetterOrAnotherSecretFails() {
        String nonce = TicketCodes.newNonce();
        Parsed parsed = TicketCodes.parse(tickets.code(42, nonce)).orElseThrow();
        String mac = parsed.mac();
        char other = mac.charAt(5) == 'A' ? 'B' : 'A';
        assertFalse(tickets.matches(42, nonce, mac.substring(0, 5) + other + mac.substring(6)));
        assertFalse(tickets.matches(43, nonce, mac));
        assertFalse(tickets.matches(42, nonce, mac.toLowerCase()));
        assertFalse(tickets.matches(42, nonce, mac.substring(1)));
        assertFalse(tickets.matches(42, nonce, null));
        byte[] otherSecret = Arrays.copyOf(SECRET, SECRET.length);
        otherSecret[0] ^= 1;
        assertFalse(new TicketCodes(otherSecret).matches(42, nonce, mac));
    }

    @Test
    void malformedInputIsEmptyAndNeverThrows() {
        String mac = "ABCDEFGHIJKLMNOP";
        for (String typed : new String[] {null, "", "   ", "MW", "MW-", "MW-123", "MW-123-", "MW--" + mac,
                "MW-0-" + mac, "MW-012-" + mac, "MW-abc-" + mac, "MW-123-" + mac + "Q", "MW-123-" + mac.substring(1),
                "MW-123-ABCDEFGHIJKLMNO1", "MW-123-ABCDEFGHIJKLMNO8", "XX-123-" + mac, "MW-99999999999999999999-" + mac,
                "MW-123-" + mac + "/", "MW-123_" + mac, "MW-123-ÄBCDEFGHIJKLMNOP", "x".repeat(10_000)}) {
            assertEquals(Optional.empty(), TicketCodes.parse(typed), typed);
        }
        assertEquals(Optional.of(new Parsed(123, mac)), TicketCodes.parse("MW-123-" + mac));
        assertThrows(IllegalArgumentException.class, () -> tickets.display("MW-123"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TicketCodes(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new TicketCodes(null));
    }

    @Test
    void base32FollowsRfc4648() {
        byte[] foobar = "foobar".getBytes(StandardCharsets.US_ASCII);
        assertEquals("MZXW6YTBOI", TicketCodes.base32(foobar, 6));
        assertEquals("MZXW6YQ", TicketCodes.base32(foobar, 4));
        assertEquals("AAAAAAAAAAAAAAAA", TicketCodes.base32(new byte[10], 10));
    }
}

package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"clara@example.org", "Clara.Buerger+mitwirken@stadt-muster.example.de", "o'neil@x.io"})
    void acceptsOrdinaryAddresses(String address) {
        assertTrue(EmailAddress.isValid(address));
        assertEquals(address.toLowerCase(), EmailAddress.parse(address).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "clara", "clara@", "@example.org", "a(b@example.org", "clara@example",
            "clara@exa mple.org", "clara@example.org\r\nBcc: x@y.org", "\"Clara\" <clara@example.org>",
            "clara..b@example.org", "clara@-example.org", "<script>@example.org"})
    void refusesWhatNoMailServerShouldGet(String address) {
        assertFalse(EmailAddress.isValid(address), address);
    }
}

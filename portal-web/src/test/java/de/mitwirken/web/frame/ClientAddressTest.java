package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("192.0.2.1", ClientAddress.of("192.0.2.1", "203.0.113.9", false),
                "anyone can type X-Forwarded-For: it must not move a client into another network");
    }

    @Test
    void behindATrustedProxyTheEntryItAppendedCounts() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.2", "203.0.113.9", true));
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.1 ,203.0.113.9 ", true),
                "the entries before the last came from the client and prove nothing");
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, true));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", " ", true));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "1.2.3.4,", true));
    }
}

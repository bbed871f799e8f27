package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void ipv4IsGroupedByItsSlash24() {
        assertEquals(Optional.of("203.0.113.0/24"), ClientNetwork.of("203.0.113.77"));
        assertEquals(ClientNetwork.of("203.0.113.1"), ClientNetwork.of("203.0.113.254"), "one /24, one network");
        assertTrue(!ClientNetwork.of("203.0.113.1").equals(ClientNetwork.of("203.0.114.1")), "the next /24 is another");
        assertEquals(Optional.of("127.0.0.0/24"), ClientNetwork.of(" 127.0.0.1 "));
    }

    @Test
    void ipv6IsGroupedByItsSlash64WhateverTheWriting() {
        assertEquals(Optional.of("2001:db8:1:2::/64"), ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ClientNetwork.of("2001:0db8:0001:0002::1"), ClientNetwork.of("[2001:db8:1:2:ffff::9]"),
                "the whole /64 of one household or machine is one network");
        assertTrue(!ClientNetwork.of("2001:db8:1:2::1").equals(ClientNetwork.of("2001:db8:1:3::1")));
        assertEquals(Optional.of("0:0:0:0::/64"), ClientNetwork.of("::1"));
        assertEquals(Optional.of("fe80:0:0:0::/64"), ClientNetwork.of("fe80::1%eth0"), "a zone is no part of the network");
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsIpv4() {
        assertEquals(Optional.of("198.51.100.0/24"), ClientNetwork.of("::ffff:198.51.100.7"));
    }

    @Test
    void whatIsNoAddressLiteralIsNoNetworkAndIsNeverLookedUp() {
        for (String bad : new String[] {null, "", " ", "localhost", "example.org", "256.1.1.1", "1.2.3", "1.2.3.4.5",
                "cafe.babe", "2001:db8::g", "1:2:3:4:5:6:7:8:9", "' OR 1=1", "1.2.3.4, 5.6.7.8"}) {
            assertEquals(Optional.empty(), ClientNetwork.of(bad), String.valueOf(bad));
        }
    }

    @Test
    void theWaitRunsToTheEndOfTheFixedWindowAndIsAtLeastASecond() {
        Duration hour = Duration.ofHours(1);
        assertEquals(Duration.ofMinutes(45), RateLimiter.untilWindowEnds(Instant.parse("2026-12-07T10:15:00Z"), hour));
        assertEquals(Duration.ofHours(1), RateLimiter.untilWindowEnds(Instant.parse("2026-12-07T10:00:00Z"), hour));
        assertEquals(Duration.ofSeconds(1), RateLimiter.untilWindowEnds(Instant.parse("2026-12-07T10:59:59.500Z"), hour));
    }

    @Test
    void aRefusalSaysTheMinutesToWaitRoundedUpAndTheSecondsForRetryAfter() {
        TooManyAttempts wait = new TooManyAttempts("conference.error.tooManyGuests", Duration.ofSeconds(61));
        assertEquals(2L, wait.args()[0], "61 seconds are 2 minutes to say");
        assertEquals(61, wait.retryAfterSeconds());
        assertEquals(1L, new TooManyAttempts("k", Duration.ZERO).args()[0]);
        assertEquals(1, new TooManyAttempts("k", Duration.ZERO).retryAfterSeconds());
    }
}

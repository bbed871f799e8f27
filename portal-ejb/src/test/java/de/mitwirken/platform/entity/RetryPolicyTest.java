package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheDelayUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(6));
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(64), policy.delayAfter(7));
        assertEquals(Duration.ofHours(6), policy.delayAfter(20));
        assertEquals(Duration.ofHours(6), policy.delayAfter(1000), "no overflow for absurd counts");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}

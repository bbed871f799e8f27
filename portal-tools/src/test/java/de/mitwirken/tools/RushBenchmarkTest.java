package de.mitwirken.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How long the rush client waits before it sends a turned-away (503) registration again. */
class RushBenchmarkTest {

    private static HttpHeaders retryAfter(String... values) {
        return HttpHeaders.of(values.length == 0 ? Map.of() : Map.of("Retry-After", List.of(values)), (k, v) -> true);
    }

    @Test
    void waitsTheSecondsOfRetryAfterAndOneSecondWhenItIsMissingOrNotANumber() {
        assertEquals(1000, RushBenchmark.retryAfterMillis(retryAfter("1")));
        assertEquals(3000, RushBenchmark.retryAfterMillis(retryAfter(" 3 ")));
        assertEquals(1000, RushBenchmark.retryAfterMillis(retryAfter()));
        assertEquals(1000, RushBenchmark.retryAfterMillis(retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")));
        assertEquals(0, RushBenchmark.retryAfterMillis(retryAfter("-5")));
    }
}

package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The code generator against the test vectors of RFC 6238, appendix B (8 digits, the three algorithms). */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesRfc6238(long seconds, String sha1, String sha256, String sha512) {
        Instant t = Instant.ofEpochSecond(seconds);
        assertEquals(sha1, Totp.at(SHA1_KEY, t, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.at(SHA256_KEY, t, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.at(SHA512_KEY, t, 8, "HmacSHA512"));
    }

    @Test
    void sixDigitsAreTheLastSixOfTheEight() {
        assertEquals("287082", Totp.at(SHA1_KEY, Instant.ofEpochSecond(59), 6, "HmacSHA1"));
    }

    @Test
    void base32AsRfc4648() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar"));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32("12345678901234567890"));
    }
}

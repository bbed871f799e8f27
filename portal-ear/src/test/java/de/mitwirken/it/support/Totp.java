package de.mitwirken.it.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as Keycloak's "OTP Form" checks them (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits),
 * so that browser tests can sign in as staff. Keycloak uses the UTF-8 bytes of the stored secret as the key; an
 * authenticator app gets the same bytes in Base32 ({@link #base32}).
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;

    private Totp() {
    }

    /** The code of the current 30-second step for a secret as the realm stores it. */
    public static String now(String secret) {
        return at(secret.getBytes(StandardCharsets.UTF_8), Instant.now(), 6, "HmacSHA1");
    }

    /** The code of the step that contains the instant (RFC 6238 section 4; algorithm HmacSHA1, HmacSHA256 or HmacSHA512). */
    public static String at(byte[] key, Instant instant, int digits, String algorithm) {
        long step = Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
        byte[] counter = new byte[8];
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) step;
            step >>>= 8;
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            hash = mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        // dynamic truncation (RFC 4226 section 5.3)
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % (int) Math.pow(10, digits));
        return "0".repeat(digits - code.length()) + code;
    }

    /** RFC 4648 Base32 without padding: what an authenticator app is given for a secret. */
    public static String base32(String secret) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : secret.getBytes(StandardCharsets.UTF_8)) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}

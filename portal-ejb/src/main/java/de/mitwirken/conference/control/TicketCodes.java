package de.mitwirken.conference.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ticket codes "MW-{registration id}-{mac}": the mac is an HMAC-SHA256 over the id and the registration's random
 * nonce, so a code can neither be guessed nor made for another registration without the secret. 80 bits of mac
 * (16 Base32 letters) are plenty for codes that are only ever checked online, and still short enough to type.
 */
public final class TicketCodes {

    /** A typed or scanned code taken apart; {@link #mac()} is upper case without separators. */
    public record Parsed(long registrationId, String mac) {
    }

    private static final String PREFIX = "MW-";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int MAC_BYTES = 10;
    private static final int MAC_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    // after normalising: dashes between the groups of the mac are allowed, its letters are checked separately
    private static final Pattern CODE = Pattern.compile("MW-([1-9][0-9]{0,17})-([A-Z2-7-]+)");

    private final byte[] secret;

    public TicketCodes(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the ticket secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** 18 random bytes as 24 characters of base64url, the registration's ticket nonce. */
    public static String newNonce() {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    public String code(long registrationId, String nonce) {
        return PREFIX + registrationId + "-" + mac(registrationId, nonce);
    }

    /** The code in groups of four for print and screen: "MW-123-ABCD-EFGH-IJKL-MNOP". */
    public String display(String code) {
        Parsed parsed = parse(code).orElseThrow(() -> new IllegalArgumentException("not a ticket code"));
        String mac = parsed.mac();
        return PREFIX + parsed.registrationId() + "-" + mac.substring(0, 4) + "-" + mac.substring(4, 8) + "-"
                + mac.substring(8, 12) + "-" + mac.substring(12);
    }

    /**
     * Reads a code as people type it or scanners deliver it: any case, spaces or dashes (also typographic ones)
     * between the groups, and a leading URL (a scanner app may hand over a link ending in the code).
     * Empty for anything else; it never throws.
     */
    public static Optional<Parsed> parse(String typed) {
        if (typed == null || typed.length() > 500) {
            return Optional.empty();
        }
        String text = typed.strip();
        int urlEnd = Math.max(Math.max(text.lastIndexOf('/'), text.lastIndexOf('=')),
                Math.max(text.lastIndexOf('?'), text.lastIndexOf('#')));
        text = text.substring(urlEnd + 1).strip()
                .replaceAll("[\\s\\p{Pd}]+", "-")
                .toUpperCase(Locale.ROOT);
        Matcher matcher = CODE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String mac = matcher.group(2).replace("-", "");
        if (mac.length() != MAC_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Long.parseLong(matcher.group(1)), mac));
    }

    /** Whether the mac belongs to this registration and nonce; constant time, so timing reveals no letters. */
    public boolean matches(long registrationId, String nonce, String mac) {
        if (mac == null) {
            return false;
        }
        return MessageDigest.isEqual(mac(registrationId, nonce).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(long registrationId, String nonce) {
        if (registrationId <= 0) {
            throw new IllegalArgumentException("registration ids are positive");
        }
        Objects.requireNonNull(nonce, "nonce");
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = hmac.doFinal((registrationId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return base32(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** RFC 4648 Base32 of the first {@code length} bytes, without padding (10 bytes give exactly 16 letters). */
    static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder((length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}

package de.mitwirken.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The puzzles of the human check, after ALTCHA: the server picks a secret number up to maxNumber and gives the
 * hash of salt + number (SHA-256) with its signature (HMAC-SHA256 with the installation's key); the browser finds
 * the number by trying, which costs a bot per post what it costs a person once. The salt carries its expiry, so
 * nothing is stored until a solution comes back (then once, against replay: the caller's job). For browsers without
 * JavaScript a question of two small numbers to add, written in words by the page; its signed token holds the
 * expiry and the answer's HMAC, never the answer. Pure functions of the key and the time, tested without a server.
 */
public final class HumanProofs {

    public static final String ALGORITHM = "SHA-256";
    private static final HexFormat HEX = HexFormat.of();
    private static final Map<String, Integer> WORDS = words();

    private HumanProofs() {
    }

    /** A puzzle as the browser gets it. */
    public record Puzzle(String algorithm, String challenge, String salt, long maxNumber, String signature) {
    }

    /** A question "first plus second" and its signed token. */
    public record Question(int first, int second, String token) {
    }

    /** What a check found; proof names the solved puzzle or the answered question for the single use. */
    public record Checked(Verdict verdict, String proof, Instant expiresAt) {
        public boolean ok() {
            return verdict == Verdict.OK;
        }
    }

    public enum Verdict { OK, MISSING, MALFORMED, EXPIRED, WRONG }

    public static Puzzle puzzle(byte[] key, Instant now, Duration validity, long maxNumber, RandomGenerator random) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String salt = HEX.formatHex(nonce) + "?expires=" + now.plus(validity).getEpochSecond();
        long number = random.nextLong(maxNumber + 1);
        String challenge = sha256(salt + number);
        return new Puzzle(ALGORITHM, challenge, salt, maxNumber, hmac(key, challenge));
    }

    /** The solution as the form sends it: salt, number and signature, separated by "|". */
    public static String solution(String salt, long number, String signature) {
        return salt + "|" + number + "|" + signature;
    }

    /**
     * Checks a solution: the number hashes with the salt to a challenge that carries the server's signature, within
     * the puzzle's time and range. The proof is that challenge.
     */
    public static Checked checkSolution(byte[] key, String solution, Instant now, long maxNumber) {
        if (solution == null || solution.isBlank()) {
            return new Checked(Verdict.MISSING, null, null);
        }
        String[] parts = solution.strip().split("\\|", -1);
        if (parts.length != 3 || solution.length() > 300) {
            return new Checked(Verdict.MALFORMED, null, null);
        }
        Instant expires = expiry(parts[0]);
        long number;
        try {
            number = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return new Checked(Verdict.MALFORMED, null, null);
        }
        if (expires == null) {
            return new Checked(Verdict.MALFORMED, null, null);
        }
        String challenge = sha256(parts[0] + number);
        if (number < 0 || number > maxNumber || !same(hmac(key, challenge), parts[2])) {
            return new Checked(Verdict.WRONG, null, null);
        }
        if (!now.isBefore(expires)) {
            return new Checked(Verdict.EXPIRED, null, null);
        }
        return new Checked(Verdict.OK, challenge, expires);
    }

    public static Question question(byte[] key, Instant now, Duration validity, RandomGenerator random) {
        int first = 1 + random.nextInt(9);
        int second = 1 + random.nextInt(9);
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String head = "q." + now.plus(validity).getEpochSecond() + "." + HEX.formatHex(nonce);
        return new Question(first, second, head + "." + hmac(key, head + "|" + (first + second)));
    }

    /**
     * Checks the answer to a question (digits or the number in German or English words). A well-formed token is
     * spent by any answer, right or wrong (its proof is given either way), so a bot cannot try all answers on one.
     */
    public static Checked checkAnswer(byte[] key, String token, String answer, Instant now) {
        if (token == null || token.isBlank() || answer == null || answer.isBlank()) {
            return new Checked(Verdict.MISSING, null, null);
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 4 || !"q".equals(parts[0]) || token.length() > 200) {
            return new Checked(Verdict.MALFORMED, null, null);
        }
        Instant expires;
        try {
            expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return new Checked(Verdict.MALFORMED, null, null);
        }
        String proof = sha256(token.strip());
        if (!now.isBefore(expires)) {
            return new Checked(Verdict.EXPIRED, proof, expires);
        }
        Integer sum = number(answer);
        String head = parts[0] + "." + parts[1] + "." + parts[2];
        boolean right = sum != null && same(hmac(key, head + "|" + sum), parts[3]);
        return new Checked(right ? Verdict.OK : Verdict.WRONG, proof, expires);
    }

    /** Digits, or a number from zero to twenty in German or English words. */
    static Integer number(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT).replaceAll("[.!\\s]+$", "");
        if (a.matches("\\d{1,3}")) {
            return Integer.valueOf(a);
        }
        return WORDS.get(a);
    }

    private static Instant expiry(String salt) {
        int at = salt.indexOf("?expires=");
        if (at < 0) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(salt.substring(at + "?expires=".length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> words() {
        String[] de = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
            "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"};
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < de.length; i++) {
            words.put(de[i], i);
            words.put(en[i], i);
        }
        words.put("ein", 1);
        return Map.copyOf(words);
    }
}

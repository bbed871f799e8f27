package de.mitwirken.web.frame;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered public page as every visitor of its address and language gets it from the {@link PageStore}.
 * <p>
 * Why the page changes on the way in: PrimeFaces' CSP mode gives each rendering a nonce (on every script, in
 * {@code PrimeFaces.csp.init} and in its policy header). A nonce shared by every visitor protects nothing and
 * must not be handed out, so the copy loses it: the nonce attributes and the nonce itself go, and the policy
 * allows exactly the inline scripts the copy holds by their SHA-256 hashes ({@code script-src 'self'
 * 'sha256-…'}); scripts from files stay allowed by {@code 'self'}.
 */
record CachedPage(byte[] body, String contentType, String contentLanguage, String scriptPolicy, String etag,
                  Instant filled) {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);

    /** The nonce of PrimeFaces' policy header, or null when there is none. */
    static String nonceOf(String policy) {
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        return nonce != null && nonce.find() ? nonce.group(1) : null;
    }

    /**
     * The shared copy of a page rendered for one visitor with the given nonce (null: none): without the nonce,
     * with a policy of the hashes of its inline scripts, an ETag of its bytes and the fill time (whole seconds,
     * as Last-Modified carries it).
     */
    static CachedPage of(String html, Charset charset, String nonce, String contentType, String contentLanguage,
                         Instant now) {
        String shared = html;
        if (nonce != null && !nonce.isEmpty()) {
            shared = shared.replace(" nonce=\"" + nonce + "\"", "").replace(nonce, "");
        }
        Set<String> hashes = new LinkedHashSet<>();
        Matcher script = SCRIPT.matcher(shared);
        while (script.find()) {
            if (!SOURCE.matcher(script.group(1)).find()) {
                hashes.add("'sha256-" + sha256(normalised(script.group(2)), charset) + "'");
            }
        }
        String policy = "script-src 'self'" + (hashes.isEmpty() ? "" : " " + String.join(" ", hashes));
        byte[] body = shared.getBytes(charset);
        String etag = "\"" + sha256(body).substring(0, 27).replace('/', '_').replace('+', '-') + "\"";
        return new CachedPage(body, contentType, contentLanguage, policy, etag, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Browsers hash a script's text after HTML parsing, which turns CR LF and CR into LF. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String sha256(String text, Charset charset) {
        return sha256(text.getBytes(charset));
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What the page weighs in the store: its bytes and a little for the rest. */
    int weight() {
        return body.length + 512;
    }
}

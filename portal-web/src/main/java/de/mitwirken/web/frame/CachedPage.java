package de.mitwirken.web.frame;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        String shared = withoutNonce(html, nonce);
        Set<String> hashes = new LinkedHashSet<>();
        for (String inline : inlineScripts(shared)) {
            hashes.add("'sha256-" + sha256(normalised(inline), charset) + "'");
        }
        String policy = "script-src 'self'" + (hashes.isEmpty() ? "" : " " + String.join(" ", hashes));
        byte[] body = shared.getBytes(charset);
        String etag = "\"" + sha256(body).substring(0, 27).replace('/', '_').replace('+', '-') + "\"";
        return new CachedPage(body, contentType, contentLanguage, policy, etag, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The page without its nonce: a {@code nonce="…"} attribute goes whole, any other occurrence (PrimeFaces'
     * {@code csp.init('…')}) leaves an empty string. One pass over the page: on every page the cache does not hold
     * yet this ran twice over it and was a tenth of the public mix's CPU (JFR, issue #23).
     */
    static String withoutNonce(String html, String nonce) {
        if (nonce == null || nonce.isEmpty()) {
            return html;
        }
        String attribute = " nonce=\"";
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (int at = html.indexOf(nonce); at >= 0; at = html.indexOf(nonce, from)) {
            int end = at + nonce.length();
            boolean whole = at >= attribute.length() && html.startsWith(attribute, at - attribute.length())
                    && html.startsWith("\"", end);
            out.append(html, from, whole ? at - attribute.length() : at);
            from = whole ? end + 1 : end;
        }
        return out.append(html, from, html.length()).toString();
    }

    /** The texts of the page's inline scripts (those without {@code src}), in order. */
    static List<String> inlineScripts(String html) {
        List<String> scripts = new ArrayList<>();
        for (int open = tag(html, "<script", 0); open >= 0; open = tag(html, "<script", open + 1)) {
            int tagEnd = html.indexOf('>', open);
            int close = tagEnd < 0 ? -1 : tag(html, "</script", tagEnd);
            if (close < 0) {
                break;
            }
            if (!SOURCE.matcher(html.substring(open + 7, tagEnd)).find()) {
                scripts.add(html.substring(tagEnd + 1, close));
            }
            open = close;
        }
        return scripts;
    }

    /** Where the tag (any case, followed by a space, "/" or ">") starts at or after {@code from}, else -1. */
    private static int tag(String html, String name, int from) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            int after = at + name.length();
            if (html.regionMatches(true, at, name, 0, name.length()) && after < html.length()
                    && (Character.isWhitespace(html.charAt(after)) || html.charAt(after) == '>'
                    || html.charAt(after) == '/')) {
                return at;
            }
        }
        return -1;
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

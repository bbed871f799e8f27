package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A guest form sent over plain HTTP, as a client without JavaScript sends it: the page is opened, the form's
 * hidden fields are taken as the page gives them, the visible fields as the test types them, and the form is
 * posted to its action (the guest forms are stateless pages: no session, no cookie).
 */
public final class GuestForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GuestForm() {
    }

    /** How the test meets the form's human check (mw:humanCheck). */
    public enum Human {
        /** solves the puzzle the honest way, as the page's script does: SHA-256 of salt + n for n = 0, 1, ... */
        SOLVE,
        /** answers the question for browsers without JavaScript, read from the page */
        ANSWER,
        /** sends neither: a client that skipped the check */
        NONE
    }

    /** Opens {@code path}, fills the form {@code formId} with {@code fields} and posts it; the answer as given. */
    public static HttpResponse<String> send(String path, String formId, Map<String, String> fields) throws Exception {
        return send(path, formId, fields, Human.SOLVE);
    }

    /** The same, meeting the human check as {@code human} says (a form without one ignores it). */
    public static HttpResponse<String> send(String path, String formId, Map<String, String> fields, Human human)
            throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        String form = form(page.body(), formId);
        Map<String, String> values = new LinkedHashMap<>(hiddenFields(form));
        // PrimeFaces' CSP mode refuses a JSF post without the page's nonce, which its script adds to every post. A
        // client without JavaScript (ANSWER) has only what the form gives: the check's <noscript> field carries it.
        Matcher nonce = Pattern.compile("\\snonce=\"([^\"]+)\"").matcher(page.body());
        if (human != Human.ANSWER && nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1));
        }
        values.putAll(fields);
        if (form.contains("data-human-check=\"")) {
            meet(form, formId, human, values);
        }
        String body = values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(Portal.url(path)).resolve(unescape(attribute(formTag(page.body(), formId), "action")));
        return HTTP.send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void meet(String form, String formId, Human human, Map<String, String> values) throws Exception {
        Matcher box = Pattern.compile("<div[^>]*\\bdata-human-check=\"[^\"]*\"[^>]*>").matcher(form);
        assertTrue(box.find(), "the human check's element");
        String tag = box.group();
        switch (human) {
            case SOLVE -> values.put(formId + ":human", solve(unescape(attribute(tag, "data-salt")),
                    attribute(tag, "data-challenge"), Long.parseLong(attribute(tag, "data-max")),
                    attribute(tag, "data-signature")));
            case ANSWER -> values.put(formId + ":humanAnswer", Integer.toString(answer(form, formId)));
            case NONE -> {
                // neither
            }
        }
    }

    /** What js/human-check.js does, in Java: the number whose SHA-256 with the salt is the challenge. */
    public static String solve(String salt, String challenge, long max, String signature) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (long n = 0; n <= max; n++) {
            byte[] hash = sha.digest((salt + n).getBytes(StandardCharsets.UTF_8));
            if (java.util.HexFormat.of().formatHex(hash).equals(challenge)) {
                return salt + "|" + n + "|" + signature;
            }
        }
        throw new AssertionError("no number up to " + max + " solves the puzzle");
    }

    /** Reads "… Wie viel ist drei plus vier?" (or the English one) from the label and adds the two numbers. */
    static int answer(String form, String formId) {
        Matcher label = Pattern.compile("<label[^>]*for=\"" + Pattern.quote(formId + ":humanAnswer") + "\"[^>]*>([^<]*)</label>")
                .matcher(form);
        assertTrue(label.find(), "the question's label");
        Matcher words = Pattern.compile("(\\p{L}+) (?:plus) (\\p{L}+)\\?").matcher(unescape(label.group(1)));
        assertTrue(words.find(), "the question: " + label.group(1));
        return number(words.group(1)) + number(words.group(2));
    }

    private static int number(String word) {
        java.util.List<String> de = java.util.List.of("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun");
        java.util.List<String> en = java.util.List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
        int i = Math.max(de.indexOf(word), en.indexOf(word));
        assertTrue(i >= 0, "a number from one to nine: " + word);
        return i + 1;
    }

    /** The hidden inputs of a form by name (view state, the form's own marker, the conference's id...). */
    public static Map<String, String> hiddenFields(String formHtml) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(formHtml);
        while (m.find()) {
            String tag = m.group();
            if ("hidden".equalsIgnoreCase(attribute(tag, "type")) && attribute(tag, "name") != null) {
                String value = attribute(tag, "value");
                hidden.put(unescape(attribute(tag, "name")), value == null ? "" : unescape(value));
            }
        }
        return hidden;
    }

    /** The form element with its content. */
    public static String form(String html, String formId) {
        String tag = formTag(html, formId);
        int start = html.indexOf(tag);
        int end = html.indexOf("</form>", start);
        assertTrue(end > start, "no end of form " + formId);
        return html.substring(start, end);
    }

    private static String formTag(String html, String formId) {
        Matcher m = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no form " + formId + " in the page");
        return m.group();
    }

    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

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

    /** Opens {@code path}, fills the form {@code formId} with {@code fields} and posts it; the answer as given. */
    public static HttpResponse<String> send(String path, String formId, Map<String, String> fields) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        String form = form(page.body(), formId);
        Map<String, String> values = new LinkedHashMap<>(hiddenFields(form));
        values.putAll(fields);
        String body = values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(Portal.url(path)).resolve(unescape(attribute(formTag(page.body(), formId), "action")));
        return HTTP.send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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

package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guests of the demo conference (id 1) as the tests need them: registered through the public API, personal link by mail. */
public final class ConferenceGuests {

    private static final Pattern PERSONAL_LINK = Pattern.compile("(/conference/ticket\\.xhtml\\?t=[A-Z0-9-]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ConferenceGuests() {
    }

    /** A guest registration (participant, German) for sessions of the demo conference; the answer as given. */
    public static HttpResponse<String> register(String email, long... sessions) throws Exception {
        String list = java.util.Arrays.stream(sessions).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        String body = "{\"type\":\"participant\",\"name\":\"Gast " + email.substring(0, 6) + "\",\"email\":\"" + email
                + "\",\"group\":\"OTHER\",\"sessions\":[" + list + "],\"consent\":true,\"language\":\"de\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/1/registrations")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The personal page's address (path and query) that a conference mail carries. */
    public static String personalLink(MimeMessage message) {
        Matcher m = PERSONAL_LINK.matcher(MailCatcher.text(message));
        assertTrue(m.find(), "no personal link in: " + MailCatcher.text(message));
        return m.group(1);
    }
}

package de.mitwirken.council.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Reads one OParl URL as a JSON object. Slow answers time out; 5xx, 429 and network failures are retried with
 * a doubling pause, then the server counts as unavailable ({@link OparlUnavailable}); an answer that is no JSON
 * object or a 4xx is refused ({@link OparlRefused}) without retry, since asking again gives the same.
 */
public class OparlFetcher {

    private static final Logger LOG = Logger.getLogger(OparlFetcher.class.getName());

    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final Duration firstPause;
    private int retries;

    public OparlFetcher(Duration timeout, int attempts, Duration firstPause) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
    }

    /** The retries so far (for the crawl's figures). */
    public int retries() {
        return retries;
    }

    public JsonObject object(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new OparlRefused("not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new OparlRefused("not an http(s) URL: " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        Duration pause = firstPause;
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                retries++;
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 500 || status == 429) {
                    last = new OparlUnavailable(status + " from " + url, null);
                    LOG.info(() -> "OParl " + url + " answered " + status + "; trying again");
                    continue;
                }
                if (status >= 300) {
                    throw new OparlRefused(status + " from " + url);
                }
                return parse(url, response.body());
            } catch (IOException e) {
                // said to the admin on the status page: in words, without the exception's class name
                last = new OparlUnavailable("no answer from " + url + " (" + reason(e) + ")", e);
                LOG.info(() -> "OParl " + url + " did not answer (" + e + "); trying again");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OparlUnavailable("interrupted while reading " + url, e);
            }
        }
        throw last;
    }

    static JsonObject parse(String url, String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonStructure json = reader.read();
            if (json instanceof JsonObject object) {
                return object;
            }
            throw new OparlRefused("not a JSON object: " + url);
        } catch (JsonException e) {
            throw new OparlRefused("invalid JSON from " + url + ": " + e.getMessage());
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OparlUnavailable("interrupted while waiting to retry", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        return e instanceof java.net.ConnectException ? "connection refused" : "network error";
    }
}

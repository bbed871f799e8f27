package de.mitwirken.tools.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * One visitor's browser: its own cookies, redirects followed by hand, a 503 sent again after Retry-After (each
 * counted in the tally as retried, not as an error). Keycloak marks its cookies Secure even over http; a browser
 * still sends them to localhost, java.net's cookie handler does not, hence this small jar of its own (host and
 * path are honoured, the port is not, as in browsers).
 */
final class Browser {

    static final int MAX_RETRIES = 120;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A final answer: its status, where it ended, its body and which portal instance answered (X-Served-By). */
    record Page(int status, URI uri, String body, String servedBy) {
    }

    /** A request that got no answer at all (connection refused or reset, timeout): the flow cannot go on. */
    static final class NoAnswer extends Exception {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    private final Tally tally;
    private final Map<String, String> cookies = new LinkedHashMap<>(); // "host|path|name" -> value
    private volatile String lastServedBy;

    Browser(HttpClient http, Tally tally) {
        this.http = http;
        this.tally = tally;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String lastServedBy() {
        return lastServedBy;
    }

    void forgetCookies() {
        cookies.clear();
    }

    Page get(String kind, String url, int... tolerated) throws NoAnswer, InterruptedException {
        return follow(kind, HttpRequest.newBuilder(URI.create(url)).GET(), tolerated);
    }

    Page postForm(String kind, String url, Map<String, String> fields, Map<String, String> headers, int... tolerated)
            throws NoAnswer, InterruptedException {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return follow(kind, b, tolerated);
    }

    Page postMultipart(String kind, String url, Map<String, String> fields, int... tolerated)
            throws NoAnswer, InterruptedException {
        String boundary = "----cluster" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return follow(kind, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), tolerated);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Sends the request and follows its redirects (a 302/303 after a POST becomes a GET, as in browsers). */
    private Page follow(String kind, HttpRequest.Builder first, int... tolerated) throws NoAnswer, InterruptedException {
        HttpRequest.Builder next = first;
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest request = next.timeout(TIMEOUT).header("Accept-Language", "de").build();
            HttpResponse<String> response = send(kind, request, tolerated);
            int status = response.statusCode();
            String servedBy = response.headers().firstValue("X-Served-By").orElse(null);
            if (servedBy != null) {
                lastServedBy = servedBy;
            }
            var location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                URI target = request.uri().resolve(location.get());
                next = status == 307 || status == 308 ? copy(request, target) : HttpRequest.newBuilder(target).GET();
                continue;
            }
            if (status >= 400 && !contains(tolerated, status)) {
                tally.error(kind, "HTTP " + status);
            }
            return new Page(status, request.uri(), response.body(), servedBy);
        }
        tally.error(kind, "too many redirects");
        throw new NoAnswer("too many redirects from " + first.build().uri(), null);
    }

    private static HttpRequest.Builder copy(HttpRequest request, URI target) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target);
        request.headers().map().forEach((k, vs) -> {
            if (!Set.of("cookie", "content-length", "host", "connection").contains(k.toLowerCase())) {
                vs.forEach(v -> b.header(k, v));
            }
        });
        return b.method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
    }

    private static boolean contains(int[] statuses, int status) {
        for (int s : statuses) {
            if (s == status) {
                return true;
            }
        }
        return false;
    }

    /**
     * One request, sent again while it is answered 503 (nothing was done), each answer timed for the tally; sent
     * once more, and counted apart, when its connection was closed before a single byte of an answer came back
     * (see {@link #closedBeforeAnswer}).
     */
    private HttpResponse<String> send(String kind, HttpRequest withoutCookies, int... tolerated)
            throws NoAnswer, InterruptedException {
        boolean resent = false;
        for (int retries = 0; ; retries++) {
            HttpRequest request = withCookies(withoutCookies);
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // when and where, to set beside HAProxy's log and the scenario's events
                System.out.printf("%s no answer (%s): %s %s: %s%n", Instant.now(), kind, request.method(),
                        request.uri(), e);
                if (!resent && closedBeforeAnswer(e)) {
                    resent = true;
                    tally.resentClosed(kind);
                    continue;
                }
                tally.noAnswer(kind, e.toString());
                throw new NoAnswer(request.method() + " " + request.uri() + ": " + e, e);
            }
            long nanos = System.nanoTime() - start;
            keepCookies(request.uri(), response.headers());
            if (response.statusCode() == 503 && retries < MAX_RETRIES) {
                tally.retried503(kind);
                Thread.sleep(retryAfterMillis(response.headers()) + ThreadLocalRandom.current().nextLong(500));
                continue;
            }
            if (response.statusCode() < 400 || contains(tolerated, response.statusCode())) {
                tally.answered(kind, nanos);
            }
            return response;
        }
    }

    /**
     * The connection ended before the first byte of an answer: Java's client says so when a kept-alive connection it
     * took from its pool was closed by the other end at that moment (a race of every HTTP/1.1 keep-alive). Behind
     * HAProxy the request was then never applied: HAProxy answers every request it took, if only with a 502 or 504,
     * and logs it (the one of the kill run of 2026-12-07 15:3x is not in its log; HAProxy's maintainers on the same
     * symptom, "no response, no log": the client reused a connection HAProxy had closed and must retry,
     * haproxy/haproxy#1735). RFC 9110 9.2.2 lets a user agent retry a non-idempotent request when it can tell that
     * it was never applied, and browsers resend requests that failed so on a reused connection; Java 17's client
     * resends only GET and HEAD itself. So the driver sends the request once more and counts it apart.
     */
    static boolean closedBeforeAnswer(IOException e) {
        return "HTTP/1.1 header parser received no bytes".equals(e.getMessage());
    }

    /** Retry-After in seconds (the portal and HAProxy send no dates), else one second. */
    static long retryAfterMillis(HttpHeaders headers) {
        try {
            return Math.max(0, Long.parseLong(headers.firstValue("Retry-After").orElse("1").strip())) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private HttpRequest withCookies(HttpRequest request) {
        String host = request.uri().getHost();
        String path = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty() ? "/"
                : request.uri().getRawPath();
        String header;
        synchronized (cookies) {
            header = cookies.entrySet().stream().filter(e -> {
                String[] key = e.getKey().split("\\|", 3);
                return key[0].equals(host) && path.startsWith(key[1]);
            }).map(e -> e.getKey().split("\\|", 3)[2] + "=" + e.getValue()).collect(Collectors.joining("; "));
        }
        if (header.isEmpty()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (k, v) -> !k.equalsIgnoreCase("cookie")).header("Cookie", header).build();
    }

    private void keepCookies(URI uri, HttpHeaders headers) {
        for (String line : headers.allValues("Set-Cookie")) {
            String[] parts = line.split(";");
            String[] nameValue = parts[0].split("=", 2);
            if (nameValue.length < 2) {
                continue;
            }
            String path = "/";
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String[] attr = parts[i].strip().split("=", 2);
                if (attr[0].equalsIgnoreCase("Path") && attr.length == 2 && !attr[1].isBlank()) {
                    path = attr[1].strip();
                } else if (attr[0].equalsIgnoreCase("Max-Age") && attr.length == 2 && attr[1].strip().startsWith("0")) {
                    expired = true;
                } else if (attr[0].equalsIgnoreCase("Expires") && attr.length == 2 && attr[1].contains("1970")) {
                    expired = true;
                }
            }
            String key = uri.getHost() + "|" + path + "|" + nameValue[0].strip();
            synchronized (cookies) {
                if (expired || nameValue[1].isEmpty()) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, nameValue[1].strip());
                }
            }
        }
    }
}

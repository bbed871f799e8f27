package de.mitwirken.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * PKCE S256 on the portal's own client (issue #26): Keycloak refuses an authorisation request of mitwirken-portal
 * without a code challenge (or with "plain"), and a code cannot be exchanged without its verifier even with the
 * client secret; the portal sends the challenge, and a person signs in and out through it in a real browser.
 * The Keycloak side is driven with plain HTTP here; its cookies (Secure, SameSite=None, over http) are kept by
 * hand, because Java's cookie store keeps Secure cookies for https only.
 */
@ExtendWith(SharedPortal.class)
class PkceIT extends BrowserTest {

    private static final String CLIENT = "mitwirken-portal";
    private static final String SECRET = System.getProperty("it.oidc.client.secret", "mitwirken-dev-secret");
    private static final String OIDC = Portal.keycloak() + "/realms/mitwirken/protocol/openid-connect";
    private static final String CALLBACK = Portal.url("/Callback");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> keycloakCookies = new LinkedHashMap<>();

    @Test
    void keycloakRefusesThePortalClientsAuthorisationRequestWithoutAnS256Challenge() throws Exception {
        Map<String, String> without = errorOf(get(authorisation("s1", Map.of())));
        System.out.println("Keycloak's answer without code_challenge: " + without);
        assertEquals("invalid_request", without.get("error"), String.valueOf(without));
        assertTrue(without.get("error_description").contains("code_challenge"), String.valueOf(without));
        assertEquals("s1", without.get("state"));

        Map<String, String> plain = errorOf(get(authorisation("s2",
                Map.of("code_challenge", "a-plain-challenge-that-is-long-enough-for-rfc-7636", "code_challenge_method", "plain"))));
        System.out.println("Keycloak's answer with code_challenge_method=plain: " + plain);
        assertEquals("invalid_request", plain.get("error"), String.valueOf(plain));

        HttpResponse<String> withChallenge = get(authorisation("s3", challengeFor(verifier())));
        assertEquals(200, withChallenge.statusCode(), "with an S256 challenge Keycloak shows its sign-in form");
        assertTrue(withChallenge.body().contains("id=\"kc-form-login\""));
    }

    @Test
    void aCodeIsWorthNothingWithoutItsVerifierEvenWithTheClientSecret() throws Exception {
        String verifier = verifier();
        String code = signInAtKeycloak(authorisation("s4", challengeFor(verifier)));

        HttpResponse<String> withoutVerifier = token(code, null);
        System.out.println("Keycloak's token answer without code_verifier: " + withoutVerifier.body());
        assertEquals(400, withoutVerifier.statusCode(), withoutVerifier.body());
        assertTrue(withoutVerifier.body().contains("invalid_grant"), withoutVerifier.body());

        // the code is spent now; Keycloak's single sign-on gives another at once, for another challenge
        String other = verifier();
        HttpResponse<String> again = get(authorisation("s5", challengeFor(other)));
        assertEquals(302, again.statusCode(), "signed in at Keycloak already");
        String code2 = query(again.headers().firstValue("Location").orElseThrow()).get("code");
        assertEquals(400, token(code2, verifier).statusCode(), "the verifier of another sign-in does not fit");

        HttpResponse<String> again3 = get(authorisation("s6", challengeFor(other)));
        String code3 = query(again3.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> withVerifier = token(code3, other);
        assertEquals(200, withVerifier.statusCode(), withVerifier.body());
        assertTrue(withVerifier.body().contains("\"id_token\""));
    }

    @Test
    void thePortalSendsAnS256ChallengeAndAPersonSignsInAndOut() throws Exception {
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/signin?next=%2F"))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        String location = signIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(OIDC + "/auth?"), location);
        Map<String, String> request = query(location);
        assertEquals("S256", request.get("code_challenge_method"));
        assertTrue(request.get("code_challenge").matches("[A-Za-z0-9_-]{43}"), request.get("code_challenge"));
        assertEquals(CALLBACK, request.get("redirect_uri"));
        assertTrue(request.get("state").length() >= 43 && request.get("nonce").length() >= 43, String.valueOf(request));
        assertTrue(request.get("scope").contains("openid"));

        browser.open("/platform/profile.xhtml");
        browser.signInAtKeycloak("citizen", "demo");
        browser.waitForPath("/platform/profile.xhtml");
        assertEquals("Clara Bürger", browser.find(By.id("profile-name")).getText());
        browser.open("/");
        browser.signOut();
        // Keycloak's session ended too (RP-initiated logout with id_token_hint): it asks for the password again
        browser.open("/signin");
        browser.find(By.id("username"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(Portal.keycloak()));
    }

    @Test
    void aForgedAnswerAtTheCallbackEndsOnTheSignInDidNotWorkPage() {
        browser.open("/signin"); // a sign-in is under way: the portal has a session waiting for Keycloak's answer
        browser.find(By.id("username"));
        browser.open("/Callback?state=forged&code=stolen");
        browser.assertHeading("Die Anmeldung hat nicht geklappt");
        assertEquals(401, browser.statusOf("/Callback?state=forged&code=stolen"));
        assertTrue(browser.has(By.linkText("Anmelden")), "not signed in; the way to try again is there");
        browser.assertAccessible();

        // Keycloak's own refusal (the person cancelled, or Keycloak denied), for the state of a real sign-in
        browser.open("/signin");
        browser.find(By.id("username"));
        String state = query(browser.driver().getCurrentUrl()).get("state");
        browser.open("/Callback?error=access_denied&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        browser.assertHeading("Die Anmeldung hat nicht geklappt");
        assertTrue(browser.has(By.linkText("Anmelden")));
    }

    private String authorisation(String state, Map<String, String> extra) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT);
        query.put("redirect_uri", CALLBACK);
        query.put("scope", "openid");
        query.put("state", state);
        query.put("nonce", "n-" + state);
        query.putAll(extra);
        return OIDC + "/auth?" + form(query);
    }

    /** Signs the demo citizen in on Keycloak's form and returns the code Keycloak sends to the portal's callback. */
    private String signInAtKeycloak(String authorisation) throws Exception {
        HttpResponse<String> page = get(authorisation);
        assertEquals(200, page.statusCode(), page.body());
        Matcher form = Pattern.compile("<form[^>]*kc-form-login[^>]*>").matcher(page.body());
        assertTrue(form.find(), "Keycloak's sign-in form");
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
        assertTrue(action.find(), form.group());
        String target = action.group(1).replace("&amp;", "&");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "citizen", "password", "demo",
                        "credentialId", "")))));
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK + "?"), location);
        return query(location).get("code");
    }

    private HttpResponse<String> token(String code, String verifier) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", CALLBACK);
        body.put("client_id", CLIENT);
        body.put("client_secret", SECRET);
        if (verifier != null) {
            body.put("code_verifier", verifier);
        }
        return http.send(HttpRequest.newBuilder(URI.create(OIDC + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak's refusal, sent back to the redirect URI (RFC 6749 section 4.1.2.1), or a page with the error. */
    private static Map<String, String> errorOf(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), "Keycloak sends the error to the client: " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK + "?"), location);
        return query(location);
    }

    private HttpResponse<String> get(String address) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!keycloakCookies.isEmpty()) {
            request.header("Cookie", keycloakCookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            if (pair.length == 2) {
                keycloakCookies.put(pair[0].trim(), pair[1].trim());
            }
        }
        return response;
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Map<String, String> challengeFor(String verifier) throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        return Map.of("code_challenge", challenge, "code_challenge_method", "S256");
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String address) {
        Map<String, String> query = new HashMap<>();
        String raw = URI.create(address).getRawQuery();
        for (String pair : raw == null ? List.<String>of() : List.of(raw.split("&"))) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}

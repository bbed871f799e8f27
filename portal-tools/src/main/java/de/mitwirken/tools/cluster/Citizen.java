package de.mitwirken.tools.cluster;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in person submitting needs, over and over until the deadline: sign in through Keycloak's form, open
 * the need form and fill its first half (title and description typed: the AJAX "similar needs" postback, which
 * must carry the session's CSRF token), wait — until the instance that answered has been restarted, when the
 * harness restarts instances, else a few seconds of thinking — then type on (another postback) and submit.
 * <p>
 * The submission form is stateless (issue #23): its values live in the page, as in a browser tab, and what the
 * server must still know after a restart is the session: the sign-in and the CSRF token. A lost session shows
 * as a 403 (token no longer known) or as a page that is no longer signed in; it is counted, and the person signs
 * in again. Half of the citizens ({@code freshSignIns}) sign in anew for every need, so that new sign-ins happen
 * all through the run (what stopping a Keycloak node must not break).
 */
final class Citizen implements Runnable {

    private static final Pattern NEED_ID = Pattern.compile("/needs/need\\.xhtml\\?(?:.*&)?id=(\\d+)");

    private final String base;
    private final String account;
    private final String password;
    private final boolean freshSignIns;
    private final boolean awaitRestart;
    private final long deadlineMillis;
    private final Ledger ledger;
    private final Events events;
    private final Tally tally;
    private final Browser browser;
    private final String run;
    private boolean signedIn;
    private int cycle;

    Citizen(HttpClient http, String base, String account, String password, boolean freshSignIns, boolean awaitRestart,
            long deadlineMillis, Ledger ledger, Events events, Tally tally, String run) {
        this.base = base;
        this.account = account;
        this.password = password;
        this.freshSignIns = freshSignIns;
        this.awaitRestart = awaitRestart;
        this.deadlineMillis = deadlineMillis;
        this.ledger = ledger;
        this.events = events;
        this.tally = tally;
        this.browser = new Browser(http, tally);
        this.run = run;
    }

    @Override
    public void run() {
        try {
            while (System.currentTimeMillis() < deadlineMillis) {
                try {
                    cycle();
                } catch (Browser.NoAnswer e) {
                    // counted as an error by the browser; the person tries again with what is left
                    signedIn = false;
                    Thread.sleep(1000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cycle() throws Browser.NoAnswer, InterruptedException {
        if (!signedIn) {
            browser.forgetCookies();
            if (!signIn()) {
                ledger.signInFailed();
                Thread.sleep(2000);
                return;
            }
            ledger.signInOk();
        }
        Browser.Page form = browser.get("submission", base + "/needs/submit.xhtml");
        Html.Form fields = form.status() == 200 ? Html.form(form.body(), "submit") : null;
        if (fields == null || !Html.signedIn(form.body())) {
            lost("the need form was not signed in");
            return;
        }
        String nonce = Html.nonce(form.body());
        String title = "Clustertest " + run + " " + account + " " + (++cycle);
        String description = "Ein Anliegen aus ./portal cluster test (" + run + "): bleibt das halb ausgefüllte"
                + " Formular über den Neustart des Knotens erhalten?";
        if (!typed(fields, nonce, "submit:title", title, description.substring(0, 40))) {
            return;
        }
        String servedBy = browser.lastServedBy();
        long filledAt = System.currentTimeMillis();
        boolean spanned = false;
        if (awaitRestart) {
            while (System.currentTimeMillis() < deadlineMillis - 5000) {
                if (events.upAfter(servedBy, filledAt) > 0) {
                    spanned = true;
                    break;
                }
                Thread.sleep(250);
            }
        } else {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2000, 6000));
        }
        if (!typed(fields, nonce, "submit:description", title, description)) {
            ledger.halfFilledLost(spanned);
            return;
        }
        Map<String, String> post = new LinkedHashMap<>(fields.hidden());
        post.put("submit:title", title);
        post.put("submit:description", description);
        post.put("submit:field", "ADMINISTRATION");
        post.put("submit:submitterType", "CITIZEN");
        post.put("submit:organisation", "");
        post.put("submit:district", "Mitte");
        post.put("submit:website", "");
        post.put("submit:send", "Absenden");
        post.put("primefaces.nonce", nonce);
        Browser.Page sent = browser.postMultipart("submission", base + fields.action().replaceFirst("^https?://[^/]+", ""),
                post, 403);
        Matcher id = NEED_ID.matcher(sent.uri().toString());
        if (sent.status() == 200 && id.find()) {
            ledger.acknowledged(Long.parseLong(id.group(1)), title, spanned);
        } else if (sent.status() == 403 || !Html.signedIn(sent.body())) {
            lost("the submission came back " + sent.status() + " at " + sent.uri().getPath());
            ledger.halfFilledLost(spanned);
            return;
        } else if (sent.status() == 200) {
            tally.error("submission", "not accepted (stayed on " + sent.uri().getPath() + ")");
        }
        if (freshSignIns) {
            signedIn = false;
        }
    }

    /** The AJAX postback of typing into a field; false (and the session counted lost) when it was refused. */
    private boolean typed(Html.Form form, String nonce, String source, String title, String description)
            throws Browser.NoAnswer, InterruptedException {
        Map<String, String> ajax = new LinkedHashMap<>();
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", source);
        ajax.put("jakarta.faces.partial.execute", source.equals("submit:title")
                ? "submit:title submit:description submit:csrf" : "submit:description submit:title submit:csrf");
        ajax.put("jakarta.faces.partial.render", "submit:similar");
        ajax.put("jakarta.faces.behavior.event", "keyup");
        ajax.put("jakarta.faces.partial.event", "keyup");
        ajax.put("submit", "submit");
        ajax.put("submit:title", title);
        ajax.put("submit:description", description);
        ajax.put("submit:csrf", form.hidden().getOrDefault("submit:csrf", ""));
        ajax.put("jakarta.faces.ViewState", form.hidden().getOrDefault("jakarta.faces.ViewState", ""));
        ajax.put("primefaces.nonce", nonce);
        Browser.Page answer = browser.postForm("submission", base + form.action().replaceFirst("^https?://[^/]+", ""), ajax,
                Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"), 403);
        if (answer.status() == 403 || answer.body().contains("<redirect")) {
            lost("typing into " + source + " was answered " + answer.status());
            return false;
        }
        return answer.status() == 200;
    }

    private void lost(String why) {
        ledger.lostSession(account + ": " + why);
        signedIn = false;
    }

    /** Keycloak's form as a person fills it, then the portal's privacy consent where it is asked. */
    private boolean signIn() throws Browser.NoAnswer, InterruptedException {
        Browser.Page login = browser.get("sign-in", base + "/signin?next=%2Fneeds%2Fsubmit.xhtml");
        Html.Form kc = Html.form(login.body(), "kc-form-login");
        if (kc == null) {
            return signedIn = Html.signedIn(login.body());
        }
        Map<String, String> credentials = new LinkedHashMap<>(kc.hidden());
        credentials.put("username", account);
        credentials.put("password", password);
        credentials.put("credentialId", "");
        Browser.Page landed = browser.postForm("sign-in", kc.action(), credentials, Map.of());
        Html.Form consent = Html.form(landed.body(), "consent");
        if (landed.uri().getPath().endsWith("/platform/consent.xhtml") && consent != null) {
            Map<String, String> accept = new LinkedHashMap<>(consent.hidden());
            accept.put("consent:accept", "OK");
            accept.put("primefaces.nonce", Html.nonce(landed.body()));
            landed = browser.postForm("sign-in", base + consent.action().replaceFirst("^https?://[^/]+", ""), accept,
                    Map.of());
        }
        return signedIn = landed.status() == 200 && Html.signedIn(landed.body());
    }
}

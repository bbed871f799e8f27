package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole journey of a need in real browsers: a guest submits (similar needs appear while typing, bad
 * input is explained next to the fields), confirms from the mail, a moderator publishes, a citizen supports
 * and comments, a moderator answers, and people see the answer on "My participation". Every page visited
 * is checked with axe-core.
 */
@ExtendWith(SharedPortal.class)
class NeedsBrowserIT {

    private static final Pattern CONFIRM = Pattern.compile("https?://[^\\s]+/needs/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void aGuestsNeedGoesFromSubmissionToAnAnswer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Baugenehmigungen digital beantragen " + run;
        String guest = "gast-" + run + "@example.org";
        long needId;

        try (Browser visitor = Browser.start()) {
            visitor.open("/needs/submit.xhtml").assertAccessible();
            visitor.type(By.id("submit:title"), "Baugenehmigungen digital beantragen");
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(d ->
                    visitor.text(By.id("submit:similar")).contains("Antrag auf Baugenehmigung online"));
            visitor.assertAccessible();

            visitor.type(By.id("submit:title"), title);
            visitor.submit(By.id("submit:send"));
            assertTrue(visitor.text(By.id("submit:description-error")).contains("mindestens 20 Zeichen"));
            assertTrue(visitor.text(By.id("submit:field-error")).contains("Handlungsfeld"));
            assertTrue(visitor.text(By.id("submit:email-error")).contains("E-Mail-Adresse"));
            assertEquals(title, visitor.find(By.id("submit:title")).getAttribute("value"), "the input is kept");
            visitor.assertAccessible();

            visitor.type(By.id("submit:description"), "Bauanträge gehen heute nur auf Papier, in fünffacher Ausfertigung. "
                    + "Bitte ein Online-Verfahren mit Statusanzeige.");
            new Select(visitor.find(By.id("submit:field"))).selectByValue("ADMINISTRATION");
            visitor.type(By.id("submit:email"), guest);
            visitor.submit(By.id("submit:send"));
            visitor.waitForPath("/needs/submitted.xhtml");
            visitor.assertAccessible();

            String link = confirmationLink(guest);
            visitor.open(link.substring(link.indexOf("/needs/")));
            visitor.assertAccessible();
            visitor.submit(By.id("confirm"));
            assertTrue(visitor.text(By.cssSelector("main")).contains("bestätigt"));
        }

        try (Browser moderator = Browser.start()) {
            moderator.open("/needs/moderation/index.xhtml");
            moderator.signInAtKeycloak("moderator", "demo");
            moderator.open("/language?to=de&next=%2Fneeds%2Fmoderation%2Findex.xhtml");
            moderator.assertAccessible();
            moderator.click(By.xpath("//table[@id='queue']//tr[td[contains(., '" + run + "')]]//a"));
            moderator.waitForPath("/needs/moderation/need.xhtml");
            needId = Long.parseLong(moderator.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            moderator.assertAccessible();
            moderator.submit(By.id("decide:publish"));
            assertTrue(moderator.text(By.cssSelector(".messages")).contains("veröffentlicht"));
        }

        try (Browser citizen = Browser.start()) {
            // the search index follows the change log: current within two seconds of the publication, not at once
            citizen.reloadUntil("/needs/index.xhtml?q=" + run, b -> b.has(By.partialLinkText(run)), Duration.ofSeconds(10));
            citizen.assertAccessible();
            citizen.click(By.partialLinkText(run));
            citizen.waitForPath("/needs/need.xhtml");
            citizen.assertAccessible();
            citizen.open("/signin?next=%2Fneeds%2Fneed.xhtml%3Fid%3D" + needId);
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/needs/need.xhtml");
            citizen.open("/language?to=de&next=%2Fneeds%2Fneed.xhtml%3Fid%3D" + needId);
            citizen.submit(By.id("support"));
            assertTrue(citizen.text(By.id("support-count")).startsWith("1"));
            citizen.type(By.id("comment"), "Sehr wichtig, das betrifft viele Bauherren! " + run);
            citizen.submit(By.id("send-comment"));
            assertTrue(citizen.text(By.cssSelector(".comments")).contains("Sehr wichtig"));
            citizen.assertAccessible();
        }

        try (Browser moderator = Browser.start()) {
            moderator.open("/needs/moderation/need.xhtml?id=" + needId);
            moderator.signInAtKeycloak("moderator", "demo");
            moderator.waitForPath("/needs/moderation/need.xhtml");
            moderator.click(By.xpath("//input[@type='radio' and @value='ACCEPTED']"));
            moderator.type(By.id("answer:answerText"), "Das digitale Bauantragsverfahren kommt 2026. " + run);
            moderator.type(By.id("answer:department"), "Bauordnungsamt");
            moderator.submit(By.id("answer:send"));
            assertTrue(moderator.text(By.cssSelector(".messages")).contains("Antwort ist veröffentlicht"));
            moderator.assertAccessible();
        }

        long end = System.currentTimeMillis() + 30_000;
        while (mail.countTo(guest) < 3 && System.currentTimeMillis() < end) {
            Thread.sleep(250);
        }
        assertEquals(3, mail.countTo(guest), "confirmation link, publication and the city's answer reach the guest");

        try (Browser citizen = Browser.start()) {
            citizen.open("/needs/mine.xhtml");
            citizen.signInAtKeycloak("citizen", "demo");
            citizen.waitForPath("/needs/mine.xhtml");
            citizen.open("/language?to=de&next=%2Fneeds%2Fmine.xhtml");
            assertTrue(citizen.text(By.cssSelector("main")).contains(title));
            assertTrue(citizen.text(By.cssSelector("main")).contains("In die Strategie aufgenommen"));
            citizen.assertAccessible();
            citizen.open("/needs/need.xhtml?id=" + needId);
            assertTrue(citizen.text(By.cssSelector(".answer")).contains("Bauordnungsamt"));
        }
    }

    @Test
    void aSignedInSubmitterSeesTheAnswerOnMyParticipation() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Schulanmeldung online ermöglichen " + run;
        long needId;
        try (Browser submitter = Browser.start()) {
            submitter.open("/needs/submit.xhtml");
            submitter.open("/signin?next=%2Fneeds%2Fsubmit.xhtml");
            submitter.signInAtKeycloak("org-rep", "demo");
            submitter.waitForPath("/needs/submit.xhtml");
            submitter.open("/language?to=de&next=%2Fneeds%2Fsubmit.xhtml");
            submitter.type(By.id("submit:title"), title);
            submitter.type(By.id("submit:description"), "Die Anmeldung an weiterführenden Schulen braucht heute drei Termine.");
            new Select(submitter.find(By.id("submit:field"))).selectByValue("SOCIETY");
            submitter.click(By.xpath("//input[@type='radio' and @value='SCIENCE']"));
            submitter.find(By.id("submit:files")).sendKeys(file("plan.png", "<html>no image</html>".getBytes()).toString());
            submitter.submit(By.id("submit:send"));
            String fileError = submitter.text(By.id("submit:files-error"));
            assertTrue(fileError.contains("Erlaubt sind nur Bilder"),
                    () -> "the type of a file is checked by its content, but the page says: " + fileError + " / "
                            + submitter.text(By.cssSelector("main")));
            assertTrue(submitter.text(By.id("submit:organisation-error")).contains("Organisation"),
                    "speaking for an organisation needs its name");
            assertEquals(title, submitter.find(By.id("submit:title")).getAttribute("value"));
            // org-rep represents the demo's Hochschule Musterstadt (R__23): only such organisations are offered
            new Select(submitter.find(By.id("submit:organisation"))).selectByVisibleText("Hochschule Musterstadt");
            submitter.find(By.id("submit:files")).sendKeys(file("skizze.png", PNG).toString());
            submitter.submit(By.id("submit:send"));
            submitter.waitForPath("/needs/need.xhtml");
            needId = Long.parseLong(submitter.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertTrue(submitter.text(By.cssSelector("main")).contains("Moderation prüft"));
            assertTrue(submitter.has(By.partialLinkText("skizze.png")), "the author sees the attachment");
            assertEquals(200, submitter.statusOf("/needs/attachment?need=" + needId + "&id="
                    + submitter.find(By.partialLinkText("skizze.png")).getAttribute("href").replaceAll(".*id=(\\d+)$", "$1")));
            submitter.assertAccessible();
        }
        try (Browser moderator = Browser.start()) {
            moderator.open("/needs/moderation/need.xhtml?id=" + needId);
            moderator.signInAtKeycloak("moderator", "demo");
            moderator.waitForPath("/needs/moderation/need.xhtml");
            moderator.submit(By.id("decide:publish"));
            moderator.click(By.xpath("//input[@type='radio' and @value='NOT_FEASIBLE']"));
            moderator.type(By.id("answer:answerText"), "Die Schulanmeldung regelt das Land; wir können sie nicht allein ändern.");
            moderator.type(By.id("answer:department"), "Schulamt");
            moderator.submit(By.id("answer:send"));
            assertTrue(moderator.text(By.id("answer:reason-error")).contains("begründen"),
                    "not feasible needs a reason");
            moderator.type(By.id("answer:reason"), "Zuständigkeit des Landes.");
            moderator.submit(By.id("answer:send"));
            assertTrue(moderator.text(By.cssSelector(".messages")).contains("Antwort ist veröffentlicht"));
        }
        try (Browser submitter = Browser.start()) {
            submitter.open("/needs/mine.xhtml");
            submitter.signInAtKeycloak("org-rep", "demo");
            submitter.waitForPath("/needs/mine.xhtml");
            submitter.open("/language?to=de&next=%2Fneeds%2Fmine.xhtml");
            String mine = submitter.text(By.id("mine-" + needId));
            assertTrue(mine.contains("Beantwortet") && mine.contains("Nicht umsetzbar"), mine);
            submitter.assertAccessible();
        }
    }

    /**
     * The submission form and the consent page are stateless (issue #23): the first sign-in passes the consent
     * page and still lands where it was going, "this is my need too" supports through a plain form, and a post
     * without the session's CSRF token is refused, with it accepted.
     */
    @Test
    void theStatelessSubmissionFormSupportsASimilarNeedAndRefusesForgedPosts() throws Exception {
        String username = "lina-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakTestUsers.create(username, "Lina", "Lindner", username + "@example.org", "secret-pass-4");
        try (Browser guest = Browser.start()) {
            guest.open("/language?to=de&next=%2Fneeds%2Fsubmit.xhtml");
            guest.type(By.id("submit:title"), "Baugenehmigungen digital beantragen");
            new WebDriverWait(guest.driver(), Duration.ofSeconds(20)).until(d ->
                    guest.has(By.cssSelector("button[form='mine-too']")));
            guest.submit(By.cssSelector("button[form='mine-too']"));
            new WebDriverWait(guest.driver(), Duration.ofSeconds(20)).until(d -> guest.has(By.id("kc-login")));
        }
        try (Browser person = Browser.start()) {
            person.open("/signin?next=%2Fneeds%2Fsubmit.xhtml");
            person.signInWithoutConsent(username, "secret-pass-4");
            person.waitForPath(Browser.CONSENT_PAGE);
            person.submit(By.id("consent:accept"));
            person.waitForPath("/needs/submit.xhtml");
            person.open("/language?to=de&next=%2Fneeds%2Fsubmit.xhtml");

            // as the page's own script sends it: with PrimeFaces' CSP nonce (PrimeFaces refuses a post without one)
            String form = "new URLSearchParams({'submit': 'submit', 'jakarta.faces.ViewState': 'stateless',"
                    + " 'primefaces.nonce': PrimeFaces.csp.NONCE_VALUE, 'submit:title': 'Erzwungen', 'submit:send': 'x'%s})";
            // (a form of a page with a file field posted without multipart: no files, no 500)
            assertEquals(403, post(person, form.formatted("")), "no token: refused");
            assertEquals(403, post(person, form.formatted(", 'submit:csrf': 'forged'")), "a wrong token: refused");
            String token = person.find(By.id("submit:csrf")).getAttribute("value");
            assertEquals(200, post(person, form.formatted(", 'submit:csrf': '" + token + "'")),
                    "the page's own token: the form answers (with its field errors)");

            person.type(By.id("submit:title"), "Baugenehmigungen digital beantragen");
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).until(d ->
                    person.text(By.id("submit:similar")).contains("Antrag auf Baugenehmigung online"));
            person.assertAccessible();
            person.submit(By.cssSelector("button[form='mine-too']"));
            person.waitForPath("/needs/need.xhtml");
            assertTrue(person.text(By.cssSelector("main")).contains("Danke für Ihre Unterstützung"),
                    () -> person.text(By.cssSelector("main")));
            person.assertAccessible();
        }
    }

    /** A form post to the submission page with this browser's cookies; the HTTP status. */
    private static int post(Browser browser, String body) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('" + de.mitwirken.it.support.Portal.url("/needs/submit.xhtml") + "', {method: 'POST',"
                        + " credentials: 'same-origin', redirect: 'manual', body: " + body + "})"
                        + ".then(r => done(r.status)).catch(e => done(-1));");
        return ((Number) status).intValue();
    }

    @Test
    void aDeletedAccountsCommentStaysAsFormerParticipant() throws Exception {
        String username = "kai-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakTestUsers.create(username, "Kai", "Kommentar", username + "@example.org", "secret-pass-3");
        try (Browser person = Browser.start()) {
            person.open("/needs/need.xhtml?id=1");
            person.open("/signin?next=%2Fneeds%2Fneed.xhtml%3Fid%3D1");
            person.signInAtKeycloak(username, "secret-pass-3");
            person.waitForPath("/needs/need.xhtml");
            person.type(By.id("comment"), "Kommentar von " + username);
            person.submit(By.id("send-comment"));
            assertTrue(person.text(By.cssSelector(".comments")).contains("Kai Kommentar"));

            person.open("/platform/mydata.xhtml");
            person.click(By.id("deletion:confirmed"));
            person.submit(By.id("deletion:delete"));
            person.waitForPath("/");

            person.open("/needs/need.xhtml?id=1");
            String comments = person.text(By.cssSelector(".comments"));
            assertTrue(comments.contains("Kommentar von " + username), "the comment stays");
            assertTrue(!comments.contains("Kai Kommentar") && comments.contains("Ehemalige Teilnehmerin"), comments);
            person.assertAccessible();
        }
    }

    /** The smallest valid PNG (1 × 1 pixel). */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static java.nio.file.Path file(String name, byte[] content) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("upload");
        return java.nio.file.Files.write(dir.resolve(name), content);
    }

    private String confirmationLink(String recipient) throws Exception {
        MimeMessage confirmation = mail.find(recipient, m -> CONFIRM.matcher(MailCatcher.text(m)).find())
                .orElseThrow(() -> new AssertionError("no confirmation mail for " + recipient));
        Matcher link = CONFIRM.matcher(MailCatcher.text(confirmation));
        link.find();
        return link.group();
    }
}

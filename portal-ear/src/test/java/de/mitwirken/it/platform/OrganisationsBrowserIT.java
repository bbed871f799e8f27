package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.KeycloakTestUsers;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Verified organisations (issue #26) in the browser: a person asks to represent an organisation with a PDF proof,
 * the strategy office accepts, the person submits a need in the organisation's name (its name links the
 * organisation's page, which lists the need once published); the office withdraws the representative, Keycloak no
 * longer maps the role and the form no longer offers the organisation; a rejected request gives no name; a proof
 * that is not a PDF is refused at its field.
 */
@ExtendWith(SharedPortal.class)
class OrganisationsBrowserIT extends BrowserTest {

    /** A small valid PDF, generated here: what the portal checks is the content, not the name. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    @Test
    void anAcceptedRepresentativeSubmitsInTheOrganisationsNameUntilWithdrawn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "vera-" + run;
        String email = username + "@example.org";
        String organisation = "Verein Prüfstand " + run + " e.V.";
        KeycloakTestUsers.create(username, "Vera", "Vertreterin", email, "secret-pass-7");

        browser.open("/signin?next=%2Fplatform%2Forganisations%2Fmine.xhtml");
        browser.signInAtKeycloak(username, "secret-pass-7");
        browser.waitForPath("/platform/organisations/mine.xhtml");
        browser.open("/language?to=de&next=%2Fplatform%2Forganisations%2Fmine.xhtml");
        browser.assertAccessible();

        // a proof that is not a PDF (whatever its name says) is refused at its field; what was typed stays
        fillRequest(organisation, "VR 4711", file("nachweis.pdf", "<html>kein PDF</html>".getBytes(StandardCharsets.UTF_8)));
        browser.submit(By.id("request:send"));
        assertTrue(browser.text(By.id("request:proof-error")).contains("PDF"), browser.text(By.cssSelector("main")));
        assertEquals(organisation, browser.find(By.id("request:name")).getAttribute("value"));
        browser.assertAccessible();
        // a register number that does not look like one
        fillRequest(organisation, "Vereinsregister", file("nachweis.pdf", PDF));
        browser.submit(By.id("request:send"));
        assertTrue(browser.text(By.id("request:registerNumber-error")).contains("Registernummer"));

        fillRequest(organisation, "vr4711", file("nachweis.pdf", PDF));
        browser.submit(By.id("request:send"));
        browser.waitForPath("/platform/organisations/mine.xhtml");
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Anfrage ist eingegangen"));
        assertTrue(browser.text(By.id("requests")).contains(organisation + " (Verein oder Verband, VR 4711)"),
                browser.text(By.id("requests")));
        assertTrue(browser.text(By.id("requests")).contains("Wird geprüft"));
        browser.assertAccessible();

        // before the office decided, the need form offers no organisation and the name cannot be used
        assertEquals(List.of("Keine Organisation"), organisationChoices());
        submitNeed("Vereinsräume digital buchen " + run, null);
        assertTrue(browser.text(By.id("submit:organisation-error")).contains("Organisation"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();

        long representation;
        try (Browser office = Browser.start()) {
            office.open("/signin?next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            office.signInAtKeycloak("strategy-office", "demo");
            office.open("/language?to=de&next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            office.waitForPath("/platform/organisations/manage.xhtml");
            office.assertAccessible();
            long request = requestId(office, organisation);
            assertTrue(office.text(By.id("request-" + request)).contains("Vera Vertreterin"));
            byte[] proof = office.download("/platform/organisations/proof?id=" + request);
            assertTrue(new String(proof, StandardCharsets.US_ASCII).startsWith("%PDF-"), "the office reads the proof");
            office.submit(By.id("decide-" + request + ":accept"));
            assertTrue(office.text(By.cssSelector(".messages")).contains("Anfrage ist bestätigt"),
                    office.text(By.cssSelector("main")));
            office.assertAccessible();
            WebElement card = office.find(By.xpath("//article[starts-with(@id, 'representative-') and contains(., '"
                    + organisation + "')]"));
            representation = Long.parseLong(card.getAttribute("id").replace("representative-", ""));
        }
        assertTrue(mail.received(email, "Sie vertreten jetzt"), "the person is told by mail");
        assertTrue(KeycloakTestUsers.realmRoles(username).contains("\"org-representative\""),
                "Keycloak maps the role right after the decision: " + KeycloakTestUsers.realmRoles(username));

        // the need in the organisation's name: the form offers it, the need page links the organisation
        String title = "Vereinsräume digital buchen " + run;
        submitNeed(title, organisation);
        browser.waitForPath("/needs/need.xhtml");
        long needId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(organisation, browser.text(By.id("need-organisation")));
        browser.assertAccessible();
        browser.click(By.id("need-organisation"));
        browser.waitForPath("/platform/organisations/organisation.xhtml");
        assertEquals(organisation, browser.heading());
        assertTrue(browser.text(By.id("organisation-facts")).contains("VR 4711"));
        assertFalse(browser.has(By.id("organisation-need-" + needId)), "in moderation: not yet public");
        browser.assertAccessible();

        try (Browser moderator = Browser.start()) {
            moderator.open("/needs/moderation/need.xhtml?id=" + needId);
            moderator.signInAtKeycloak("moderator", "demo");
            moderator.waitForPath("/needs/moderation/need.xhtml");
            moderator.submit(By.id("decide:publish"));
        }
        try (Browser visitor = Browser.start()) {
            visitor.open("/language?to=de&next=%2Fneeds%2Fneed.xhtml%3Fid%3D" + needId);
            assertEquals(organisation, visitor.text(By.id("need-organisation")));
            visitor.click(By.id("need-organisation"));
            visitor.waitForPath("/platform/organisations/organisation.xhtml");
            assertTrue(visitor.text(By.id("organisation-need-" + needId)).contains(title),
                    "the organisation's page lists its published need");
            visitor.assertAccessible();
        }

        // a form filled in the organisation's name before the withdrawal and sent after it: nothing in that name
        String late = "Nach dem Ende der Vertretung " + run;
        browser.open("/needs/submit.xhtml");
        browser.type(By.id("submit:title"), late);
        browser.type(By.id("submit:description"), "Dieser Bedarf wird erst nach dem Ende der Vertretung abgeschickt.");
        new Select(browser.find(By.id("submit:field"))).selectByValue("SOCIETY");
        browser.click(By.xpath("//input[@type='radio' and @value='CIVIL_SOCIETY']"));
        new Select(browser.find(By.id("submit:organisation"))).selectByVisibleText(organisation);

        // withdrawal: the role goes in Keycloak in the same request, the form no longer offers the organisation
        try (Browser office = Browser.start()) {
            office.open("/signin?next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            office.signInAtKeycloak("strategy-office", "demo");
            office.open("/language?to=de&next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            office.type(By.id("withdraw-" + representation + ":reason"), "kurz");
            office.submit(By.id("withdraw-" + representation + ":withdraw"));
            assertTrue(office.text(By.id("withdraw-" + representation + ":reason-error")).contains("10 bis 1000"));
            office.assertAccessible();
            office.type(By.id("withdraw-" + representation + ":reason"), "Der Verein hat eine neue Vertretung benannt.");
            office.submit(By.id("withdraw-" + representation + ":withdraw"));
            assertTrue(office.text(By.cssSelector(".messages")).contains("Vertretung ist beendet"));
        }
        assertFalse(KeycloakTestUsers.realmRoles(username).contains("\"org-representative\""),
                "the role is gone at once: " + KeycloakTestUsers.realmRoles(username));
        assertTrue(mail.received(email, "nicht mehr"), "the person is told by mail");
        browser.submit(By.id("submit:send"));
        browser.open("/language?to=de&next=%2Fneeds%2Fmine.xhtml");
        browser.waitForPath("/needs/mine.xhtml");
        assertFalse(browser.text(By.cssSelector("main")).contains(late),
                "the session that still held the role was ended: the need was not made in the organisation's name");
        assertEquals(List.of("Keine Organisation"), organisationChoices());
        browser.open("/platform/organisations/mine.xhtml");
        assertTrue(browser.text(By.id("representations")).contains("neue Vertretung benannt"));
        browser.assertAccessible();
    }

    @Test
    void aRejectedRequestGivesNoNameAndTheReasonIsMailed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "rolf-" + run;
        String email = username + "@example.org";
        String organisation = "Rolf Beispiel " + run + " GmbH";
        KeycloakTestUsers.create(username, "Rolf", "Ablehnung", email, "secret-pass-8");
        browser.open("/signin?next=%2Fplatform%2Forganisations%2Fmine.xhtml");
        browser.signInAtKeycloak(username, "secret-pass-8");
        browser.open("/language?to=de&next=%2Fplatform%2Forganisations%2Fmine.xhtml");
        fillRequest(organisation, "HRB 98765", file("vollmacht.pdf", PDF));
        new Select(browser.find(By.id("request:type"))).selectByValue("COMPANY");
        browser.submit(By.id("request:send"));
        browser.waitForPath("/platform/organisations/mine.xhtml");

        try (Browser office = Browser.start()) {
            office.open("/signin?next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            office.signInAtKeycloak("admin", "demo");
            office.open("/language?to=de&next=%2Fplatform%2Forganisations%2Fmanage.xhtml");
            long request = requestId(office, organisation);
            office.submit(By.id("decide-" + request + ":reject"));
            assertTrue(office.text(By.id("decide-" + request + ":reason-error")).contains("10 bis 1000"),
                    "a rejection needs a reason");
            office.assertAccessible();
            office.type(By.id("decide-" + request + ":reason"), "Die Vollmacht ist nicht unterschrieben.");
            office.submit(By.id("decide-" + request + ":reject"));
            assertTrue(office.text(By.cssSelector(".messages")).contains("Anfrage ist abgelehnt"));
            assertFalse(office.has(By.id("request-" + request)), "no longer open");
        }
        assertTrue(mail.find(email, m -> MailCatcher.text(m).contains("Die Vollmacht ist nicht unterschrieben."))
                .isPresent(), "the reason is mailed");
        assertFalse(KeycloakTestUsers.realmRoles(username).contains("\"org-representative\""));
        browser.open("/platform/organisations/mine.xhtml");
        assertTrue(browser.text(By.id("requests")).contains("Abgelehnt – Die Vollmacht ist nicht unterschrieben."),
                browser.text(By.id("requests")));
        assertEquals(List.of("Keine Organisation"), organisationChoices());
        browser.assertAccessible();

        // "my data": the request with its decision and the proof itself
        java.util.Map<String, byte[]> export = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(browser.download("/platform/mydata/export")))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                export.put(entry.getName(), zip.readAllBytes());
            }
        }
        String json = new String(export.get("personal-data.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains(organisation) && json.contains("REJECTED") && json.contains("HRB 98765"), json);
        assertTrue(export.keySet().stream().anyMatch(name -> name.matches(".*organisations/proof-\\d+\\.pdf")),
                "the proof is in the export: " + export.keySet());

        // deleting the account deletes the request with its proof
        browser.open("/platform/mydata.xhtml");
        browser.click(By.id("deletion:confirmed"));
        browser.submit(By.id("deletion:delete"));
        browser.waitForPath("/");
        assertTrue(browser.text(By.cssSelector(".notice")).contains("Ihr Konto ist gelöscht"));
    }

    private void fillRequest(String name, String register, Path proof) {
        browser.type(By.id("request:name"), name);
        new Select(browser.find(By.id("request:type"))).selectByValue("ASSOCIATION");
        browser.type(By.id("request:registerNumber"), register);
        browser.chooseFile(By.id("request:proof"), proof);
    }

    /** The need form in the person's browser; organisation null: "speaks for an organisation" without one. */
    private void submitNeed(String title, String organisation) {
        browser.open("/needs/submit.xhtml");
        browser.type(By.id("submit:title"), title);
        browser.type(By.id("submit:description"), "Unser Verein möchte städtische Räume online buchen können, mit Kalender.");
        new Select(browser.find(By.id("submit:field"))).selectByValue("SOCIETY");
        browser.click(By.xpath("//input[@type='radio' and @value='CIVIL_SOCIETY']"));
        if (organisation != null) {
            new Select(browser.find(By.id("submit:organisation"))).selectByVisibleText(organisation);
        }
        browser.submit(By.id("submit:send"));
    }

    private List<String> organisationChoices() {
        browser.open("/language?to=de&next=%2Fneeds%2Fsubmit.xhtml");
        return new Select(browser.find(By.id("submit:organisation"))).getOptions().stream().map(WebElement::getText)
                .toList();
    }

    private static long requestId(Browser office, String organisation) {
        WebElement card = office.find(By.xpath("//article[starts-with(@id, 'request-') and contains(., '"
                + organisation + "')]"));
        return Long.parseLong(card.getAttribute("id").replace("request-", ""));
    }

    private static Path file(String name, byte[] content) throws java.io.IOException {
        return Files.write(Files.createTempDirectory("proof").resolve(name), content);
    }
}

package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.ConferenceGuests;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The conference in the browser: a guest registers for two sessions (bad input first), confirms the address
 * through the personal link and gets the ticket by mail (QR code and calendar file); the workshop is then
 * full, so the next guest waits in its queue; the first guest drops the workshop, the waiting guest is
 * offered the seat by mail and accepts it; the organiser checks the first guest in (a second check-in of the
 * same ticket is refused with the time of the first) and the guest downloads the certificate. Every page
 * visited is checked with axe-core.
 */
@ExtendWith(SharedPortal.class)
class ConferenceBrowserIT extends BrowserTest {

    /** "Radverkehr zählen", a workshop of the demo programme with free seats and no queue; 13 follows it. */
    private static final long WORKSHOP = 12;
    private static final long PANEL = 13;

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGuestRegistersIsCheckedInAndAWaitingGuestGetsTheFreedSeat() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "gast-" + run + "@example.org";
        String second = "warte-" + run + "@example.org";

        browser.open("/language?to=de&next=%2Fconference%2Findex.xhtml");
        assertTrue(browser.text(By.id("session-" + WORKSHOP)).contains("Radverkehr"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.open("/conference/index.xhtml?id=1&track=&day=2027-99-99");
        browser.assertAccessible();

        // the workshop keeps exactly one seat for the guest: the others are taken through the public API
        int free = free();
        for (int i = 0; i < free - 1; i++) {
            assertEquals(201, ConferenceGuests.register("fuell-" + i + "-" + run + "@example.org", WORKSHOP).statusCode());
        }
        assertEquals(1, free());

        browser.open("/conference/register.xhtml?id=1");
        browser.assertAccessible();
        browser.type(By.id("register:email"), "keine-adresse");
        browser.click(By.xpath("//label[contains(., 'Radverkehr')]"));
        browser.click(By.xpath("//label[contains(., 'Barrierefreie digitale Angebote')]"));
        browser.submit(By.id("register:send"));
        assertTrue(browser.text(By.id("register:name-error")).contains("Namen"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("register:email-error")).contains("gültige E-Mail"));
        assertTrue(browser.text(By.id("register:sessions-error")).contains("selben Zeit"));
        assertTrue(browser.text(By.id("register:consent-error")).contains("Einverständnis"));
        assertEquals("keine-adresse", browser.find(By.id("register:email")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();

        browser.click(By.xpath("//label[contains(., 'Barrierefreie digitale Angebote')]"));
        browser.click(By.xpath("//label[contains(., 'Digitale Teilhabe')]"));
        browser.type(By.id("register:name"), "Greta Gast");
        browser.type(By.id("register:email"), first);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("register:group"))).selectByValue("CITIZENS");
        browser.click(By.id("register:consent"));
        browser.submit(By.id("register:send"));
        assertTrue(browser.text(By.id("registered")).contains("Postfach"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();

        String personal = ConferenceGuests.personalLink(mail.await(first, "Bitte bestätigen"));
        browser.open(personal);
        assertTrue(browser.text(By.id("confirm-address")).contains("bestätigen"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.submit(By.id("ticket:confirm"));
        String code = browser.text(By.id("ticket-code"));
        assertTrue(code.startsWith("MW-"), browser.text(By.cssSelector("main")));
        assertTrue(browser.has(By.cssSelector("#ticket-qr svg[role='img']")), "the ticket shows the QR code");
        String qrPath = browser.find(By.cssSelector("#ticket-qr svg path")).getDomAttribute("d");
        String qrBox = browser.find(By.cssSelector("#ticket-qr svg")).getDomAttribute("viewBox");
        browser.assertAccessible();

        MimeMessage ticket = mail.await(first, "Ihr Ticket");
        assertTrue(MailCatcher.text(ticket).contains(code), "the mail carries the ticket code");
        String calendar = new String(attachment(ticket, "text/calendar"), StandardCharsets.UTF_8);
        assertEquals(2, calendar.split("BEGIN:VEVENT", -1).length - 1, calendar);
        assertTrue(calendar.contains("Radverkehr") && calendar.contains("Digitale Teilhabe"), calendar);
        byte[] qr = attachment(ticket, "image/png");
        assertEquals((byte) 0x89, qr[0], "a PNG picture of the QR code");
        assertEquals(0, free(), "the workshop is full now");

        String waiting = ConferenceGuests.register(second, WORKSHOP).body();
        assertTrue(waiting.contains("\"status\":\"WAITLISTED\"") && waiting.contains("\"position\":1"), waiting);

        browser.submit(By.xpath("//tr[@id='choice-" + WORKSHOP + "']//input[@data-action='drop']"));
        assertTrue(browser.text(By.cssSelector("main")).contains("abgewählt"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();

        MimeMessage offer = mail.await(second, "Ein Platz ist frei");
        assertTrue(MailCatcher.text(offer).contains("Radverkehr"), MailCatcher.text(offer));
        try (Browser other = Browser.start()) {
            other.open("/language?to=de&next=" + java.net.URLEncoder.encode(ConferenceGuests.personalLink(offer), StandardCharsets.UTF_8));
            assertTrue(other.text(By.id("choice-" + WORKSHOP)).contains("Platz angeboten"), other.text(By.cssSelector("main")));
            other.assertAccessible();
            other.submit(By.xpath("//tr[@id='choice-" + WORKSHOP + "']//input[@data-action='accept-session']"));
            assertTrue(other.text(By.id("choice-" + WORKSHOP)).contains("Platz bestätigt"), other.text(By.cssSelector("main")));
            other.assertAccessible();
        }
        assertEquals(0, free(), "the freed seat went to the waiting guest, not back to the public");

        try (Browser door = Browser.start()) {
            door.open("/signin?next=%2Fconference%2Findex.xhtml");
            door.signInAtKeycloak("organizer", "demo");
            door.open("/language?to=de&next=%2Fconference%2Fmanage%2Fcheckin.xhtml%3Fid%3D1");
            door.assertAccessible();
            // the door's scanner (jsQR where the browser has no QR reader of its own) reads the ticket's QR code
            Object scanned = ((org.openqa.selenium.JavascriptExecutor) door.driver()).executeScript(
                    "const size = Number(arguments[1].split(' ')[2]); const scale = 8; const c = document.createElement('canvas');"
                    + " c.width = c.height = size * scale; const x = c.getContext('2d'); x.fillStyle = '#fff';"
                    + " x.fillRect(0, 0, c.width, c.height); x.scale(scale, scale); x.fillStyle = '#000';"
                    + " x.fill(new Path2D(arguments[0])); const r = jsQR(x.getImageData(0, 0, c.width, c.height).data,"
                    + " c.width, c.height); return r ? r.data : 'unreadable';", qrPath, qrBox);
            int macStart = code.indexOf('-', 3) + 1; // "MW-<id>-" then the MAC, grouped by fours on the page
            assertEquals(code.substring(0, macStart) + code.substring(macStart).replace("-", ""), scanned,
                    "the QR code holds the ticket");
            door.submit(By.id("door:check"));
            assertTrue(door.text(By.id("door:code-error")).contains("Ticket-Code"), door.text(By.cssSelector("main")));
            door.type(By.id("door:code"), "MW-1-AAAA-BBBB-CCCC-DDDD");
            door.submit(By.id("door:check"));
            assertTrue(door.text(By.id("door-result")).contains("Kein gültiges Ticket"), door.text(By.id("door-result")));
            door.type(By.id("door:code"), "  " + code.toLowerCase() + " ");
            door.submit(By.id("door:check"));
            assertTrue(door.text(By.id("door-result")).contains("Eingelassen: Greta Gast"), door.text(By.id("door-result")));
            door.assertAccessible();
            door.type(By.id("door:code"), code);
            door.submit(By.id("door:check"));
            assertTrue(door.text(By.id("door-result")).contains("Schon eingelassen"), door.text(By.id("door-result")));
            assertTrue(door.text(By.id("door-result")).contains("schon benutzt am"), "with the time of the first check-in");
            door.type(By.id("door:query"), "Greta");
            door.submit(By.id("door:search"));
            assertTrue(door.text(By.id("found")).contains("Eingelassen am"), door.text(By.cssSelector("main")));
            door.assertAccessible();
        }

        browser.open(personal);
        assertTrue(browser.has(By.id("certificate")), browser.text(By.cssSelector("main")));
        byte[] pdf = browser.download(browser.find(By.id("certificate")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        browser.submit(By.id("ticket:mail-certificate"));
        assertTrue(attachment(mail.await(first, "Teilnahmebescheinigung"), "application/pdf").length > 1000);
        browser.assertAccessible();
    }

    /**
     * A signed-in person finds name and address filled in; registered with the account's address, the place is
     * confirmed at once and the personal page opens with the ticket; it is listed under "my registrations".
     */
    @Test
    void aSignedInPersonRegistersWithTheAccountsAddress() throws Exception {
        String username = "konf-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        de.mitwirken.it.support.KeycloakTestUsers.create(username, "Konrad", "Konto", email, "secret-pass-7");
        browser.open("/signin?next=%2Fconference%2Fregister.xhtml%3Fid%3D1");
        browser.signInAtKeycloak(username, "secret-pass-7");
        browser.open("/language?to=de&next=%2Fconference%2Fregister.xhtml%3Fid%3D1");
        assertEquals("Konrad Konto", browser.find(By.id("register:name")).getAttribute("value"), "prefilled");
        assertEquals(email, browser.find(By.id("register:email")).getAttribute("value"), "prefilled");
        browser.assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("register:group"))).selectByValue("SCIENCE");
        browser.click(By.xpath("//label[contains(., 'Digitale Teilhabe')]"));
        browser.click(By.id("register:consent"));
        browser.submit(By.id("register:send"));
        browser.waitForPath("/conference/ticket.xhtml");
        assertTrue(browser.text(By.id("ticket-code")).startsWith("MW-"), browser.text(By.cssSelector("main")));
        assertTrue(mail.received(email, "Ihr Ticket"), "the ticket comes by mail at once");
        browser.assertAccessible();
        browser.open("/conference/mine.xhtml");
        browser.click(By.cssSelector("#registrations a"));
        browser.waitForPath("/conference/ticket.xhtml");
        assertTrue(browser.text(By.id("choices")).contains("Digitale Teilhabe"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
    }

    /**
     * The organiser plans a session (bad input first) and gives a full workshop one more seat, which goes to the
     * first in its queue at once (the public still sees no free seat); fewer seats than are taken are refused.
     */
    @Test
    void theOrganiserPlansASessionAndMoreSeatsGoToTheQueue() throws Exception {
        String title = "Offene Sprechstunde " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("organizer", "demo");
        browser.open("/language?to=de&next=%2Fconference%2Fmanage%2Fprogramme.xhtml%3Fid%3D1");
        browser.assertAccessible();
        browser.type(By.id("session:title"), title);
        browser.type(By.id("session:day"), "13.01.2027");
        browser.submit(By.id("session:save"));
        assertTrue(browser.text(By.id("session:day-error")).contains("Format"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("session:kind-error")).contains("Art"));
        assertEquals(title, browser.find(By.id("session:title")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();
        browser.type(By.id("session:summary"), "Fragen an das Team der Digitalstrategie, ohne Anmeldung zu einzelnen Themen.");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:kind"))).selectByValue("TALK");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:track"))).selectByIndex(1);
        browser.type(By.id("session:room"), "Foyer");
        browser.type(By.id("session:day"), "2027-01-14");
        browser.type(By.id("session:from"), "16:00");
        browser.type(By.id("session:to"), "15:00");
        browser.type(By.id("session:capacity"), "30");
        browser.submit(By.id("session:save"));
        assertTrue(browser.text(By.id("session:to-error")).contains("nach dem Beginn"), browser.text(By.cssSelector("main")));
        browser.type(By.id("session:to"), "17:00");
        browser.submit(By.id("session:save"));
        assertTrue(browser.text(By.id("session-list")).contains(title), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        assertTrue(http.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/1"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().contains(title), "the public programme shows it");

        // workshop 9 of the demo is full (12 of 12) with a queue: one seat more goes to the queue at once
        browser.submit(By.xpath("//table[@id='session-list']//tr[contains(., 'Datenschutz von Anfang an')]//input"));
        assertEquals("12", browser.find(By.id("session:capacity")).getAttribute("value"));
        browser.type(By.id("session:capacity"), "3");
        browser.submit(By.id("session:save"));
        assertTrue(browser.text(By.id("session:capacity-error")).contains("schon mehr vergeben"),
                browser.text(By.cssSelector("main")));
        browser.type(By.id("session:capacity"), "13");
        browser.submit(By.id("session:save"));
        assertTrue(browser.text(By.cssSelector("main")).contains("ist geändert"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("session-list")).contains("13 / 13"), browser.text(By.id("session-list")));
        assertEquals(0, freeOf(9), "the new seat is offered to the first in the queue, not to the public");

        browser.submit(By.xpath("//ul[@id='speaker-list']//li[contains(., 'Katrin Albers')]//input"));
        java.nio.file.Path notAPicture = java.nio.file.Files.createTempFile("kein-bild", ".png");
        java.nio.file.Files.writeString(notAPicture, "kein Bild, nur Text");
        browser.chooseFile(By.id("photo:file"), notAPicture);
        browser.submit(By.id("photo:upload"));
        assertTrue(browser.text(By.id("photo:file-error")).contains("PNG, JPEG oder WebP"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("portraet", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(96, 96, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", picture.toFile());
        browser.chooseFile(By.id("photo:file"), picture);
        browser.submit(By.id("photo:upload"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Foto ist gespeichert"), browser.text(By.cssSelector("main")));
        browser.open("/conference/index.xhtml");
        assertTrue(browser.has(By.cssSelector("#speakers img.speaker-photo")), "the portrait is in the programme");
        browser.assertAccessible();

        browser.open("/conference/manage/settings.xhtml");
        assertTrue(browser.text(By.id("editions")).contains("Smart-City-Konferenz"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.open("/conference/manage/settings.xhtml?id=1");
        browser.assertAccessible();
        String opens = browser.find(By.id("settings:opensAt")).getAttribute("value");
        browser.type(By.id("settings:opensAt"), "gestern");
        browser.submit(By.id("settings:save"));
        assertTrue(browser.text(By.id("settings:opensAt-error")).contains("JJJJ-MM-TT HH:MM"), browser.text(By.cssSelector("main")));
        assertEquals("gestern", browser.find(By.id("settings:opensAt")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();
        browser.type(By.id("settings:opensAt"), opens);
        browser.type(By.id("settings:capacity"), "10");
        browser.submit(By.id("settings:save"));
        assertTrue(browser.text(By.id("settings:capacity-error")).contains("schon mehr vergeben"),
                browser.text(By.cssSelector("main")));
        browser.type(By.id("settings:capacity"), "450");
        browser.submit(By.id("settings:save"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Gespeichert"), browser.text(By.cssSelector("main")));
        String quota = "//fieldset[@id='type-participant']";
        browser.type(By.xpath(quota + "//input[starts-with(@id, 'types:quota-')]"), "1");
        browser.submit(By.xpath(quota + "//input[@type='submit']"));
        assertTrue(browser.text(By.xpath(quota)).contains("schon mehr Plätze vergeben"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.type(By.id("partners:partnerName"), "Digitalverein Musterstadt (Test)");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("partners:partnerKind"))).selectByValue("PARTNER");
        browser.type(By.id("partners:partnerUrl"), "javascript:alert(1)");
        browser.submit(By.id("partners:add-partner"));
        assertTrue(browser.text(By.id("partners:partnerUrl-error")).contains("https://"), browser.text(By.cssSelector("main")));
        browser.type(By.id("partners:partnerUrl"), "https://verein.example.org");
        browser.submit(By.id("partners:add-partner"));
        assertTrue(browser.text(By.id("partner-list")).contains("Digitalverein Musterstadt (Test)"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
        browser.open("/conference/index.xhtml");
        assertTrue(browser.text(By.id("partners")).contains("Digitalverein Musterstadt (Test)"), "listed in the programme");
    }

    /**
     * Issue #24: the organiser moves a session into another one a guest holds and sees first how many are told
     * and how many get an overlap; the guest gets one mail whose calendar entry has the UID of the ticket's and
     * a higher SEQUENCE, and keeps one of the two on the personal page. A cancelled session tells the guest
     * (METHOD:CANCEL) and stays in the programme as cancelled; a session nobody chose can be deleted.
     */
    @Test
    void aMovedSessionTellsItsPeopleWhoKeepOneOfAnOverlapAndACancelledOneStaysShownAsCancelled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("organizer", "demo");
        browser.open("/language?to=de&next=%2Fconference%2Fmanage%2Fprogramme.xhtml%3Fid%3D1");
        long early = planSession("Früh " + run, "10:00", "11:00");
        long late = planSession("Spät " + run, "12:00", "13:00");
        long dropped = planSession("Fällt aus " + run, "14:00", "15:00");
        long unused = planSession("Nie gewählt " + run, "16:00", "17:00");

        String guest = "umzug-" + run + "@example.org";
        assertEquals(201, ConferenceGuests.register(guest, early, late, dropped).statusCode());
        try (Browser person = Browser.start()) {
            person.open(ConferenceGuests.personalLink(mail.await(guest, "Bitte bestätigen")));
            person.submit(By.id("ticket:confirm"));
            String ticket = new String(attachment(mail.await(guest, "Ihr Ticket"), "text/calendar"), StandardCharsets.UTF_8);
            String uid = "UID:conference-session-" + late + "@mitwirken";
            assertTrue(ticket.contains(uid) && ticket.contains("SEQUENCE:0"), ticket);

            // the organiser moves "Spät" to 10:30, into "Früh", and is told before saving
            browser.submit(By.xpath("//tr[@id='session-row-" + late + "']//input[@value='Bearbeiten']"));
            browser.type(By.id("session:from"), "10:30");
            browser.type(By.id("session:to"), "11:30");
            browser.submit(By.id("session:save"));
            String impact = browser.text(By.id("change-impact"));
            assertTrue(impact.contains("eine Person") && impact.contains("Zeit"), impact);
            assertTrue(browser.text(By.id("change-impact-overlaps")).startsWith("Bei einer Person"), impact);
            assertFalse(mail.received(guest, "Geändert"), "nothing is sent before the organiser confirms");
            browser.assertAccessible();
            browser.submit(By.id("session:confirm-change"));
            assertTrue(browser.text(By.cssSelector("main")).contains("Eine Person wird per E-Mail informiert"),
                    browser.text(By.cssSelector("main")));

            MimeMessage changed = mail.await(guest, "Geändert");
            assertTrue(MailCatcher.text(changed).contains("Früh " + run), "the mail names the overlap");
            String update = new String(attachment(changed, "text/calendar"), StandardCharsets.UTF_8);
            assertTrue(update.contains(uid) && update.contains("SEQUENCE:1") && update.contains("METHOD:REQUEST"),
                    "the same calendar entry, next version: " + update);
            assertEquals(1, mail.countTo(guest, "Geändert"), "one mail for one change");

            person.open(ConferenceGuests.personalLink(changed));
            assertTrue(person.has(By.id("changed-" + late)), person.text(By.cssSelector("main")));
            assertTrue(person.has(By.id("overlap-" + late + "-" + early)), person.text(By.cssSelector("main")));
            person.assertAccessible();
            person.submit(By.xpath("//tr[@id='choice-" + late + "']//input[@data-action='keep']"));
            assertTrue(person.text(By.cssSelector("main")).contains("Sie behalten den Programmpunkt"),
                    person.text(By.cssSelector("main")));
            assertFalse(person.has(By.id("choice-" + early)), "the other one is given up");

            // the organiser calls "Fällt aus" off: asked first, with the count
            browser.submit(By.xpath("//tr[@id='session-row-" + dropped + "']//input[@data-action='cancel-session']"));
            assertTrue(browser.text(By.id("cancel-session-confirm")).contains("eine Person wird"),
                    browser.text(By.id("cancel-session-confirm")));
            browser.assertAccessible();
            browser.submit(By.id("sessions:cancel-session-yes"));
            assertTrue(browser.text(By.id("session-row-" + dropped)).contains("Abgesagt"));
            MimeMessage off = mail.await(guest, "Programmpunkt abgesagt");
            String cancel = new String(attachment(off, "text/calendar"), StandardCharsets.UTF_8);
            assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("UID:conference-session-" + dropped + "@"), cancel);
            person.open(ConferenceGuests.personalLink(off));
            assertTrue(person.text(By.id("choice-" + dropped)).contains("Abgesagt"), person.text(By.cssSelector("main")));
            person.assertAccessible();

            browser.open("/conference/index.xhtml?id=1");
            assertTrue(browser.text(By.id("session-" + dropped)).contains("Abgesagt"), "still in the programme");
            browser.assertAccessible();

            browser.open("/conference/manage/programme.xhtml?id=1");
            assertFalse(browser.has(By.xpath("//tr[@id='session-row-" + dropped + "']//input[@data-action='remove-session']")),
                    "a session with registrations cannot be deleted");
            browser.submit(By.xpath("//tr[@id='session-row-" + unused + "']//input[@data-action='remove-session']"));
            assertFalse(browser.has(By.id("session-row-" + unused)), browser.text(By.cssSelector("main")));

            // room scanning: the guest's ticket opens "Spät", not "Früh" (given up), and a waiting guest is refused
            long full = planSession("Ein Platz " + run, "18:00", "19:00", "1");
            String code = ticketCode(person, changed);
            String second = "sitz-" + run + "@example.org";
            String third = "warte-" + run + "@example.org";
            assertEquals(201, ConferenceGuests.register(second, full).statusCode());
            assertEquals(201, ConferenceGuests.register(third, full).statusCode());
            String waitingCode = ticketCode(person, mail.await(third, "Bitte bestätigen"));

            browser.open("/conference/manage/checkin.xhtml?id=1");
            browser.assertAccessible();
            browser.open("/conference/manage/checkin.xhtml?id=1&session=" + early);
            browser.type(By.id("door:code"), code);
            browser.submit(By.id("door:check"));
            assertTrue(browser.text(By.id("door-result")).contains("Kein Platz in diesem Programmpunkt"),
                    browser.text(By.cssSelector("main")));
            browser.assertAccessible();
            browser.open("/conference/manage/checkin.xhtml?id=1&session=" + full);
            browser.type(By.id("door:code"), waitingCode);
            browser.submit(By.id("door:check"));
            assertTrue(browser.text(By.id("door-result")).contains("Kein Platz"), browser.text(By.cssSelector("main")));
            assertEquals("Platz auf der Warteliste: 1", browser.text(By.id("door-position")), browser.text(By.id("door-result")));
            browser.open("/conference/manage/checkin.xhtml?id=1&session=" + late);
            browser.type(By.id("door:code"), code);
            browser.submit(By.id("door:check"));
            assertTrue(browser.text(By.id("door-result")).startsWith("Eingelassen"), browser.text(By.cssSelector("main")));
            assertEquals("1", browser.text(By.id("in-room-count")));
            browser.assertAccessible();
            browser.open("/conference/manage/index.xhtml?id=1");
            assertEquals("1", browser.text(By.cssSelector("#session-" + late + " td.attended")),
                    "the dashboard counts attendance per session");
            assertTrue(browser.text(By.cssSelector("#session-" + dropped + " td.attended")).contains("Abgesagt"));
            browser.assertAccessible();

            // the organiser writes to the waiting list of "Ein Platz" (count first), then cancels for the seat holder
            browser.open("/conference/manage/people.xhtml?id=1");
            browser.assertAccessible();
            browser.submit(By.id("write:ask-send"));
            assertTrue(browser.text(By.id("write:subject-error")).contains("Betreff"), browser.text(By.cssSelector("main")));
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("write:audience"))).selectByValue("w-" + full);
            browser.type(By.id("write:subject"), "Raumwechsel " + run);
            browser.type(By.id("write:text"), "Der Programmpunkt findet im Saal 3 statt; bitte kommen Sie dorthin.");
            browser.submit(By.id("write:ask-send"));
            assertTrue(browser.text(By.id("send-confirm")).contains("an eine Person"), browser.text(By.id("send-confirm")));
            browser.assertAccessible();
            browser.submit(By.id("write:send"));
            assertTrue(MailCatcher.text(mail.await(third, "Raumwechsel " + run)).contains("Saal 3"));
            assertFalse(mail.received(second, "Raumwechsel " + run), "the seat holder is not on the waiting list");

            browser.type(By.id("find:query"), second);
            browser.submit(By.id("find:search"));
            browser.submit(By.xpath("//table[@id='people']//tr[contains(., '" + second + "')]//input[@data-action='cancel-for']"));
            browser.submit(By.id("find:cancel-for-yes"));
            assertTrue(browser.text(By.id("find:reason-error")).contains("Grund"), browser.text(By.cssSelector("main")));
            browser.type(By.id("find:reason"), "Sie hat am Telefon abgesagt.");
            browser.submit(By.id("find:cancel-for-yes"));
            assertTrue(browser.text(By.cssSelector("main")).contains("Die Anmeldung ist storniert"),
                    browser.text(By.cssSelector("main")));
            assertTrue(MailCatcher.text(mail.await(second, "storniert")).contains("Sie hat am Telefon abgesagt."));
            assertTrue(mail.received(third, "Ein Platz ist frei"), "the seat goes to the waiting list at once");
            browser.assertAccessible();
        }
    }

    /**
     * Issue #24, no-shows: half an hour after a session's start the door releases the seat of a person who did not
     * come, and a person of its waiting list at the door takes it (a walk-up); the dashboard counts both apart.
     */
    @Test
    void theSeatOfANoShowGoesToAWalkUpAtTheDoor() throws Exception {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Berlin"));
        org.junit.jupiter.api.Assumptions.assumeTrue(now.getHour() >= 1, "the session must start today, 30 minutes ago");
        String run = UUID.randomUUID().toString().substring(0, 6);
        java.time.LocalTime from = now.toLocalTime().minusMinutes(30).withSecond(0).withNano(0);
        java.time.LocalTime to = now.toLocalTime().isAfter(java.time.LocalTime.of(22, 50))
                ? java.time.LocalTime.of(23, 59) : now.toLocalTime().plusMinutes(60).withSecond(0).withNano(0);
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("organizer", "demo");
        browser.open("/language?to=de&next=%2Fconference%2Fmanage%2Fprogramme.xhtml%3Fid%3D1");
        browser.type(By.id("session:title"), "Läuft schon " + run);
        browser.type(By.id("session:summary"), "Ein Programmpunkt der Tests, der schon begonnen hat.");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:kind"))).selectByValue("WORKSHOP");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:track"))).selectByIndex(1);
        browser.type(By.id("session:room"), "Raum N");
        browser.type(By.id("session:day"), now.toLocalDate().toString());
        browser.type(By.id("session:from"), from.toString());
        browser.type(By.id("session:to"), to.toString());
        browser.type(By.id("session:capacity"), "1");
        browser.submit(By.id("session:save"));
        String row = browser.find(By.xpath("//table[@id='session-list']//tr[contains(., 'Läuft schon " + run + "')]"))
                .getAttribute("id");
        long session = Long.parseLong(row.substring("session-row-".length()));

        String absent = "fehlt-" + run + "@example.org";
        String walkUp = "vorort-" + run + "@example.org";
        assertEquals(201, ConferenceGuests.register(absent, session).statusCode());
        assertEquals(201, ConferenceGuests.register(walkUp, session).statusCode());
        String code;
        try (Browser person = Browser.start()) {
            code = ticketCode(person, mail.await(walkUp, "Bitte bestätigen"));
        }

        browser.open("/conference/manage/checkin.xhtml?id=1&session=" + session);
        browser.type(By.id("door:code"), code);
        browser.submit(By.id("door:check"));
        assertTrue(browser.text(By.id("door-result")).contains("Kein Platz"), "the one seat is held: "
                + browser.text(By.id("door-result")));
        browser.submit(By.id("door:release-no-shows"));
        assertTrue(browser.text(By.cssSelector("main")).contains("Ein Platz ist freigegeben"),
                browser.text(By.cssSelector("main")));
        browser.type(By.id("door:code"), code);
        browser.submit(By.id("door:check"));
        assertTrue(browser.text(By.id("door-result")).startsWith("Nachgerückt"), browser.text(By.id("door-result")));
        browser.assertAccessible();
        browser.open("/conference/manage/index.xhtml?id=1");
        assertEquals("1", browser.text(By.cssSelector("#session-" + session + " td.no-shows")));
        assertEquals("1", browser.text(By.cssSelector("#session-" + session + " td.walk-ups")));
        assertEquals("1", browser.text(By.cssSelector("#session-" + session + " td.attended")));
    }

    /** The ticket code on the personal page a mail links to (the address is confirmed first where it is not). */
    private static String ticketCode(Browser person, MimeMessage mailWithLink) {
        person.open(ConferenceGuests.personalLink(mailWithLink));
        if (person.has(By.id("ticket:confirm"))) {
            person.submit(By.id("ticket:confirm"));
        }
        return person.text(By.id("ticket-code"));
    }

    /** Plans a session of the demo conference on its second day through the form; answers its number. */
    private long planSession(String title, String from, String to) {
        return planSession(title, from, to, "20");
    }

    private long planSession(String title, String from, String to, String capacity) {
        browser.type(By.id("session:title"), title);
        browser.type(By.id("session:summary"), "Ein Programmpunkt der Tests.");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:kind"))).selectByValue("WORKSHOP");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("session:track"))).selectByIndex(1);
        browser.type(By.id("session:room"), "Raum " + from);
        browser.type(By.id("session:day"), "2027-01-14");
        browser.type(By.id("session:from"), from);
        browser.type(By.id("session:to"), to);
        browser.type(By.id("session:capacity"), capacity);
        browser.submit(By.id("session:save"));
        String row = browser.find(By.xpath("//table[@id='session-list']//tr[contains(., '" + title + "')]"))
                .getAttribute("id");
        return Long.parseLong(row.substring("session-row-".length()));
    }

    private int free() throws Exception {
        return freeOf(WORKSHOP);
    }

    /** A session's free seats from the public API (objects without nesting; keys in any order). */
    private int freeOf(long session) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/conferences/1"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (object.find()) {
            String o = object.group();
            if (o.matches(".*\"id\":" + session + "[,}].*") && o.contains("\"kind\"")) {
                Matcher free = Pattern.compile("\"free\":(\\d+)").matcher(o);
                assertTrue(free.find(), o);
                return Integer.parseInt(free.group(1));
            }
        }
        throw new AssertionError("session " + session + " not in " + json);
    }


    private static byte[] attachment(MimeMessage message, String type) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        for (Part p : parts) {
            if (p.isMimeType(type)) {
                try (InputStream in = p.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    return out.toByteArray();
                }
            }
        }
        throw new AssertionError("no " + type + " attachment");
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }
}

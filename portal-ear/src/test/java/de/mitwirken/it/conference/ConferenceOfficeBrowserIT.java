package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The organisers' conference office for demo conference 1: the figures that the demo data fixes (52 confirmed
 * registrations, three cancelled, workshops 4 and 5 full with queues of 3 and 2 — other tests may add
 * registrations, never to those two workshops), the chart with the same numbers as its table, and the
 * downloads: CSV for German spreadsheets, Excel and the name badges. A citizen is refused page and files.
 * Every page visited is checked with axe-core.
 */
@ExtendWith(SharedPortal.class)
class ConferenceOfficeBrowserIT extends BrowserTest {

    /** A confirmed demo registration (R__50_conference_demo.sql, id 2) that no other test changes. */
    private static final String ATTENDEE = "Martina Keller";
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d[\\d.]*)");

    @Test
    void theOrganiserSeesTheFiguresAndDownloadsTheRegistrationsAndTheBadges() throws Exception {
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("organizer", "demo");
        browser.open("/language?to=de&next=%2Fconference%2Findex.xhtml");
        browser.assertAccessible();
        browser.click(By.id("office"));
        browser.waitForPath("/conference/manage/index.xhtml");
        browser.assertHeading("Konferenzbüro");
        browser.assertAccessible();

        assertTrue(number(browser.text(By.id("figure-confirmed"))) >= 52, browser.text(By.id("figure-confirmed")));
        assertTrue(number(browser.text(By.cssSelector("#status-CONFIRMED td"))) >= 52);
        assertTrue(number(browser.text(By.cssSelector("#status-CANCELLED td"))) >= 3);
        assertEquals("15 von 15 (100 %) – ausgebucht", browser.text(By.cssSelector("#session-4 td.fill")));
        assertEquals("3", browser.text(By.cssSelector("#session-4 td.waiting")));
        assertEquals("20 von 20 (100 %) – ausgebucht", browser.text(By.cssSelector("#session-5 td.fill")));
        assertEquals("2", browser.text(By.cssSelector("#session-5 td.waiting")));
        assertTrue(browser.text(By.cssSelector("#session-1 td.fill")).contains("ohne eigene Begrenzung"),
                "the keynote has no limit of its own");
        assertTrue(browser.text(By.id("type-participant")).contains("340"), "the participants' quota");
        // the demo conference starts in 45 days: no no-show rate yet
        assertTrue(browser.text(By.id("no-show")).contains("ab Beginn"), browser.text(By.id("no-show")));
        assertTrue(browser.text(By.id("figure-no-show")).contains("ab Beginn"));

        // the chart: one bar per row of the table, named for screen readers; the table ends with all registrations
        WebElement chart = browser.find(By.id("per-day-chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertTrue(chart.getAttribute("aria-label").startsWith("Balkendiagramm der Anmeldungen pro Tag"),
                chart.getAttribute("aria-label"));
        List<WebElement> days = browser.driver().findElements(By.cssSelector("#per-day tbody tr"));
        assertTrue(days.size() >= 9, "the demo registrations were made over nine days and more: " + days.size());
        assertEquals(days.size(), browser.driver().findElements(By.cssSelector("#per-day-chart rect.office-chart__bar")).size());
        String last = days.get(days.size() - 1).findElements(By.tagName("td")).get(1).getText();
        assertTrue(number(last) >= 55, "all 55 demo registrations by the last day: " + last);

        long exportsBefore;
        long badgesBefore;
        try (Browser admin = Browser.start()) {
            admin.open("/signin");
            admin.signInAtKeycloak("admin", "demo");
            admin.waitForPath("/");
            exportsBefore = audited(admin, "conference.export");
            badgesBefore = audited(admin, "conference.badges");
        }

        String csvPath = browser.find(By.id("export-csv")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
        byte[] csv = browser.download(csvPath);
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 with byte order mark");
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\"Nr.\";\"Name\";\"E-Mail\";"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("\"" + ATTENDEE + "\";\"martina.keller@example.org\""), "the attendee's row");
        assertTrue(text.contains("Welche Frage an die Stadt bringen Sie mit?"), "the organisers' questions are columns");

        byte[] xlsx = browser.download(browser.find(By.id("export-xlsx")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
        String sheet = zipPart(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains(ATTENDEE), "the sheet has the attendee");

        byte[] pdf = browser.download(browser.find(By.id("export-badges")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument badges = Loader.loadPDF(pdf)) {
            assertTrue(badges.getNumberOfPages() >= 7, "52 badges, eight a page: " + badges.getNumberOfPages());
            assertTrue(badges.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(new PDFTextStripper().getText(badges).contains(ATTENDEE));
        }

        try (Browser admin = Browser.start()) {
            admin.open("/signin");
            admin.signInAtKeycloak("admin", "demo");
            admin.waitForPath("/");
            assertEquals(exportsBefore + 2, audited(admin, "conference.export"), "CSV and Excel: each read is audited");
            assertEquals(badgesBefore + 1, audited(admin, "conference.badges"), "the badges are audited");
        }

        assertEquals(400, browser.statusOf("/conference/manage/export?id=1&format=doc"));
        assertEquals(404, browser.statusOf("/conference/manage/export?id=999999&format=csv"));
        assertEquals(404, browser.statusOf("/conference/manage/index.xhtml?id=999999"));

        browser.click(By.id("office-door"));
        browser.waitForPath("/conference/manage/checkin.xhtml");
        browser.assertAccessible();
    }

    @Test
    void aCitizenGetsNeitherTheDashboardNorTheFiles() {
        browser.open("/signin?next=%2Fconference%2Findex.xhtml");
        browser.signInAtKeycloak("citizen", "demo");
        browser.open("/language?to=de&next=%2Fconference%2Findex.xhtml");
        assertFalse(browser.has(By.id("office")), "no link to the office");
        browser.assertAccessible();
        assertEquals(403, browser.statusOf("/conference/manage/index.xhtml?id=1"));
        for (String format : List.of("csv", "xlsx", "badges")) {
            assertEquals(403, browser.statusOf("/conference/manage/export?id=1&format=" + format), format);
        }
    }

    /** Audit entries of the organiser with this action for conference 1 (the audit log's CSV, as the administrator). */
    private static long audited(Browser admin, String action) {
        String csv = new String(admin.download("/platform/admin/audit.csv?action=" + action + "&actor=organizer"),
                StandardCharsets.UTF_8);
        return csv.lines().filter(line -> line.contains("\"" + action + "\",\"conference\",\"1\",")).count();
    }

    private static long number(String text) {
        Matcher m = FIRST_NUMBER.matcher(text);
        assertTrue(m.find(), text);
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    /** A part of a zip read through its central directory (the .xlsx parts are streamed with data descriptors). */
    private static String zipPart(byte[] zip, String name) throws Exception {
        Path file = Files.createTempFile("office", ".zip");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry entry = z.getEntry(name);
                assertTrue(entry != null, name + " in the file");
                return new String(z.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}

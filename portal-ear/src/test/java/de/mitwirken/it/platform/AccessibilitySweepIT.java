package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.security.AuthorizationMatrixIT;
import de.mitwirken.it.security.AuthorizationMatrixIT.Expect;
import de.mitwirken.it.support.Application;
import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.ConferenceGuests;
import de.mitwirken.it.support.MailCatcher;
import de.mitwirken.it.support.SharedPortal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the portal as every role (visitors and the eight demo accounts), at a window 320 CSS px
 * wide: axe-core with the WCAG 2.1 A and AA rules, exactly one h1, one main landmark, {@code html[lang]}
 * of the page's language, no raw message key ({@code ???key???} or a key of the bundle as text or as an
 * accessible name), and no horizontal scrolling of the document (WCAG 1.4.10 reflow; 320 px is also what a
 * 640 px window shows at 200 % zoom; wide data tables scroll inside their own focusable region instead).
 *
 * <p>The pages come from the built application; one without an address below fails the test, so a new
 * page cannot skip the sweep. Which roles see a page is read from {@link AuthorizationMatrixIT#MATRIX}
 * (allowed, or "not found" for a made-up id, which means allowed in); a role denied a page sees the 403
 * page, which is checked once per role; a visitor sent to sign in would see Keycloak, not the portal.
 * After the pages, the main forms are sent empty and the page with their messages is checked, and the
 * visitor's pass runs once more in English. The portal has no modal dialogs (no p:dialog, dialog element,
 * role=dialog or confirm() in the web module): confirmation steps are pages, and are swept as such.
 */
@ExtendWith(SharedPortal.class)
class AccessibilitySweepIT {

    private static final int WIDTH = 320;
    private static final String REPORT = "/reporting/report.xhtml";
    private static final String DRAFT = "/reporting/manage/draft.xhtml";
    private static final String REPORT_COUNCIL = "/reporting/manage/council.xhtml";
    private static final String TICKET = "/conference/ticket.xhtml";
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");

    /** The address each page is swept at: real ids of the demo data (R__*_demo.sql); null: found at run time. */
    static final Map<String, String> ADDRESSES = new LinkedHashMap<>();

    static {
        for (String page : List.of("/index.xhtml", "/backlog/index.xhtml", "/backlog/kpis.xhtml",
                "/backlog/manage/dashboard.xhtml", "/backlog/manage/index.xhtml", "/backlog/manage/kpis.xhtml",
                "/backlog/manage/weights.xhtml", "/board/index.xhtml", "/board/manage/index.xhtml",
                "/board/manage/meetings.xhtml", "/board/members/meetings.xhtml", "/board/members/recommendations.xhtml",
                "/board/mine.xhtml", "/conference/index.xhtml", "/conference/mine.xhtml", "/error/400.xhtml",
                "/error/401.xhtml", "/error/403.xhtml", "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml",
                "/needs/confirm.xhtml", "/needs/index.xhtml", "/needs/mine.xhtml", "/needs/moderation/index.xhtml",
                "/needs/moderation/mode.xhtml", "/needs/moderation/blocked.xhtml", "/needs/services.xhtml",
                "/needs/services/manage.xhtml",
                "/needs/statistics.xhtml", "/needs/submit.xhtml", "/needs/submitted.xhtml",
                "/platform/about.xhtml", "/platform/accessibility.xhtml", "/platform/easy.xhtml", "/platform/admin/audit.xhtml",
                "/platform/admin/feedback.xhtml", "/platform/admin/index.xhtml",
                "/platform/admin/mail.xhtml", "/platform/admin/retention.xhtml", "/platform/consent.xhtml",
                "/platform/contact.xhtml", "/platform/imprint.xhtml", "/platform/mydata.xhtml", "/platform/open-data.xhtml",
                "/platform/privacy.xhtml", "/platform/profile.xhtml", "/reporting/index.xhtml",
                "/reporting/manage/index.xhtml")) {
            ADDRESSES.put(page, page);
        }
        ADDRESSES.put("/backlog/item.xhtml", "/backlog/item.xhtml?id=1"); // E-Akte, in progress: published
        ADDRESSES.put("/backlog/manage/divergence.xhtml", "/backlog/manage/divergence.xhtml?id=1"); // decided by the council
        ADDRESSES.put("/backlog/manage/item.xhtml", "/backlog/manage/item.xhtml?id=1");
        ADDRESSES.put("/backlog/manage/kpi.xhtml", "/backlog/manage/kpi.xhtml?id=1");
        ADDRESSES.put("/backlog/manage/links.xhtml", "/backlog/manage/links.xhtml?id=1");
        ADDRESSES.put("/board/apply.xhtml", "/board/apply.xhtml?call=2"); // the open call for two more seats
        ADDRESSES.put("/board/call.xhtml", "/board/call.xhtml?id=2");
        ADDRESSES.put("/board/manage/application.xhtml", "/board/manage/application.xhtml?id=1");
        ADDRESSES.put("/board/manage/call.xhtml", "/board/manage/call.xhtml?id=1");
        ADDRESSES.put("/board/manage/meeting.xhtml", "/board/manage/meeting.xhtml?id=4"); // the next meeting, invited
        ADDRESSES.put("/board/manage/member.xhtml", "/board/manage/member.xhtml?id=1"); // the chair
        ADDRESSES.put("/board/manage/working-groups.xhtml", "/board/manage/working-groups.xhtml?id=1"); // AG Offene Daten
        ADDRESSES.put("/board/manage/recommendation.xhtml", "/board/manage/recommendation.xhtml?id=4"); // a draft
        ADDRESSES.put("/board/meeting.xhtml", "/board/meeting.xhtml?id=2"); // minutes approved: public
        ADDRESSES.put("/board/members/assess.xhtml", "/board/members/assess.xhtml?item=1");
        ADDRESSES.put("/board/recommendation.xhtml", "/board/recommendation.xhtml?id=1"); // adopted: public
        ADDRESSES.put("/conference/manage/checkin.xhtml", "/conference/manage/checkin.xhtml?id=1");
        ADDRESSES.put("/conference/manage/index.xhtml", "/conference/manage/index.xhtml?id=1");
        ADDRESSES.put("/conference/manage/people.xhtml", "/conference/manage/people.xhtml?id=1");
        ADDRESSES.put("/conference/manage/programme.xhtml", "/conference/manage/programme.xhtml?id=1");
        ADDRESSES.put("/conference/manage/settings.xhtml", "/conference/manage/settings.xhtml?id=1");
        ADDRESSES.put("/conference/register.xhtml", "/conference/register.xhtml?id=1");
        ADDRESSES.put(TICKET, null); // a guest's personal link, registered through the API below
        ADDRESSES.put("/needs/cluster.xhtml", "/needs/cluster.xhtml?id=1");
        ADDRESSES.put("/needs/moderation/need.xhtml", "/needs/moderation/need.xhtml?id=1");
        ADDRESSES.put("/needs/need.xhtml", "/needs/need.xhtml?id=1");
        ADDRESSES.put("/platform/organisations/mine.xhtml", "/platform/organisations/mine.xhtml");
        ADDRESSES.put("/platform/organisations/manage.xhtml", "/platform/organisations/manage.xhtml");
        ADDRESSES.put("/platform/organisations/organisation.xhtml", "/platform/organisations/organisation.xhtml?id=3"); // Hochschule Musterstadt
        ADDRESSES.put(REPORT, null); // the released demo report, linked from the report list
        ADDRESSES.put(DRAFT, null); // the same report on the office's commentary page (released: its notice)
        ADDRESSES.put(REPORT_COUNCIL, null); // the same report's council paper (none linked: the search form)
    }

    @RegisterExtension
    final MailCatcher mail = new MailCatcher();

    private final List<String> failures = new ArrayList<>();
    private Set<String> messageKeys;
    private int combinations;
    private final Map<String, Integer> perRole = new LinkedHashMap<>();
    private int errorStates;

    @Test
    void everyPageHasAnAddress() {
        TreeSet<String> missing = new TreeSet<>(Application.pages());
        missing.removeAll(ADDRESSES.keySet());
        assertTrue(missing.isEmpty(), "pages without an address in the accessibility sweep: " + missing);
        TreeSet<String> stale = new TreeSet<>(ADDRESSES.keySet());
        stale.removeAll(Application.pages());
        assertTrue(stale.isEmpty(), "addresses of pages that no longer exist: " + stale);
    }

    @Test
    void everyPageAsEveryRoleIsAccessibleAt320Pixels() throws Exception {
        long start = System.nanoTime();
        messageKeys = messageKeys();
        Map<String, String> addresses = new LinkedHashMap<>(ADDRESSES);
        addresses.put(TICKET, ticketLink());
        int english = 0;
        for (Map.Entry<String, String> role : AuthorizationMatrixIT.ROLES.entrySet()) {
            try (Browser browser = Browser.start()) {
                narrow(browser);
                if (role.getValue() != null) {
                    browser.open("/signin");
                    browser.signInAtKeycloak(role.getValue(), "demo");
                    browser.waitForPath("/");
                }
                browser.open("/language?to=de&next=%2F"); // a profile may keep English from an earlier test
                if (addresses.get(REPORT) == null) {
                    browser.open("/reporting/index.xhtml");
                    String report = reportId(browser);
                    addresses.put(REPORT, REPORT + "?id=" + report);
                    addresses.put(DRAFT, DRAFT + "?id=" + report);
                    addresses.put(REPORT_COUNCIL, REPORT_COUNCIL + "?id=" + report);
                }
                sweep(browser, role.getKey(), addresses, "de");
                errorStates(browser, role.getKey());
                if (role.getValue() == null) {
                    browser.open("/language?to=en&next=%2F");
                    int before = combinations;
                    sweep(browser, "anonymous (English)", addresses, "en");
                    english = combinations - before;
                    browser.open("/language?to=de&next=%2F");
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("Accessibility sweep: " + combinations + " page × role combinations, " + errorStates
                + " error states (" + english + " of the combinations in English; " + seconds + " s)");
        System.out.println("Accessibility sweep per role: " + perRole);
        assertEquals(List.of(), failures, failures.size() + " findings");
    }

    /** 320 CSS px wide for the whole session of this browser, Keycloak included. */
    private static void narrow(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    private void sweep(Browser browser, String role, Map<String, String> addresses, String lang) {
        String account = role.startsWith("anonymous") ? "anonymous" : role;
        boolean deniedSeen = false;
        for (Map.Entry<String, String> page : addresses.entrySet()) {
            Expect access = access(page.getKey(), account);
            if (access == Expect.SIGN_IN) {
                continue; // Keycloak's form, not a page of the portal
            }
            if (access == Expect.DENY) {
                if (!deniedSeen) {
                    deniedSeen = true;
                    visit(browser, role + " (denied)", page.getValue(), 403, lang);
                }
                continue;
            }
            visit(browser, role, page.getValue(), 200, lang);
        }
    }

    /** How a role fares on a page, from the authorisation table: ALLOW, DENY or SIGN_IN. */
    private static Expect access(String page, String role) {
        List<Expect> rules = AuthorizationMatrixIT.MATRIX.entrySet().stream()
                .filter(rule -> rule.getKey().split("\\?")[0].equals(page)).map(rule -> rule.getValue().get(role))
                .toList();
        assertTrue(!rules.isEmpty(), page + " has no rule in AuthorizationMatrixIT");
        if (rules.contains(Expect.ALLOW) || rules.contains(Expect.NOT_FOUND)) {
            return Expect.ALLOW; // not found for a made-up id: allowed in, and the address here has a real one
        }
        return rules.contains(Expect.SIGN_IN) ? Expect.SIGN_IN : Expect.DENY;
    }

    private void visit(Browser browser, String role, String address, int status, String lang) {
        browser.open(address);
        combinations++;
        perRole.merge(role, 1, Integer::sum);
        int actual = browser.statusOf(address);
        if (actual != status) {
            failures.add(role + " " + address + ": HTTP " + actual + ", expected " + status);
        }
        check(browser, role + " " + address, lang);
    }

    /** The checks of one page as shown; findings are collected so that one run lists all. */
    @SuppressWarnings("unchecked")
    private void check(Browser browser, String where, String lang) {
        Map<String, Object> page = (Map<String, Object>) browser.driver().executeScript(
                // identifiers shown as code (audit actions such as board.recommendation.vote) are data, not keys
                "let body = document.body.innerText;"
                        + "document.querySelectorAll('code').forEach(c => { if (c.innerText) body = body.split(c.innerText).join(' '); });"
                        + "const texts = [body, document.title];"
                        + "document.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],"
                        + "input[type=button]').forEach(e => ['aria-label', 'title', 'placeholder', 'alt', 'value']"
                        + ".forEach(a => { const v = e.getAttribute(a); if (v) texts.push(v); }));"
                        + "return {h1: document.querySelectorAll('h1').length,"
                        + " main: document.querySelectorAll('main, [role=main]').length,"
                        + " lang: document.documentElement.getAttribute('lang'),"
                        + " scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,"
                        // what sticks out: elements past the right edge whose parent does not, outside scroll regions
                        + " widest: Array.from(document.querySelectorAll('body *')).filter(e => {"
                        + "  const over = x => x.getBoundingClientRect().right > window.innerWidth + 1;"
                        + "  if (!over(e) || (e.parentElement && over(e.parentElement))) return false;"
                        + "  for (let a = e.parentElement; a; a = a.parentElement) {"
                        + "   if (getComputedStyle(a).overflowX !== 'visible') return false; }"
                        + "  return true; })"
                        + "  .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "  + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')"
                        + "  + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', '),"
                        + " text: texts.join('\\n')};");
        List<String> found = new ArrayList<>();
        if (((Number) page.get("innerWidth")).intValue() > WIDTH) {
            found.add("window is " + page.get("innerWidth") + " px wide, not " + WIDTH);
        }
        if (((Number) page.get("h1")).intValue() != 1) {
            found.add(page.get("h1") + " h1 elements");
        }
        if (((Number) page.get("main")).intValue() != 1) {
            found.add(page.get("main") + " main landmarks");
        }
        if (!lang.equals(page.get("lang"))) {
            found.add("html lang=" + page.get("lang") + ", expected " + lang);
        }
        long scrollWidth = ((Number) page.get("scrollWidth")).longValue();
        if (scrollWidth > ((Number) page.get("innerWidth")).longValue() + 1) {
            found.add("scrolls horizontally at " + WIDTH + " px: " + scrollWidth + " px wide (" + page.get("widest") + ")");
        }
        String text = String.valueOf(page.get("text"));
        if (text.contains("???")) {
            found.add("a missing message key (???) in: " + excerpt(text, text.indexOf("???")));
        }
        Matcher key = KEY_LIKE.matcher(text);
        while (key.find()) {
            if (messageKeys.contains(key.group())) {
                found.add("raw message key shown: " + key.group());
            }
        }
        browser.accessibilityViolations().forEach(v -> found.add("axe " + v));
        if (!found.isEmpty()) {
            browser.screenshot("sweep-" + where.replaceAll("[^A-Za-z0-9]+", "_"));
            found.forEach(f -> failures.add(where + ": " + f));
        }
    }

    /**
     * The main forms sent empty (text fields cleared), once each by a role that may use them; the page with
     * the messages is checked like every other. The contact page has no form (address and mail links only).
     */
    private void errorStates(Browser browser, String role) {
        switch (role) {
            case "anonymous" -> sendEmpty(browser, role, "/conference/register.xhtml?id=1", "register", "send");
            case "citizen" -> {
                sendEmpty(browser, role, "/needs/submit.xhtml", "submit", "send");
                sendEmpty(browser, role, "/board/apply.xhtml?call=2", "apply", "send");
                sendEmpty(browser, role, "/platform/profile.xhtml", "mail", "save"); // a choice only: confirmation
            }
            case "moderator" -> sendEmpty(browser, role, "/needs/moderation/need.xhtml?id=1", "reject", "send");
            case "organizer" -> sendEmpty(browser, role, "/conference/manage/settings.xhtml", "settings", "save");
            case "strategy-office" -> {
                sendEmpty(browser, role, "/backlog/manage/kpi.xhtml", "definition", "save");
                sendEmpty(browser, role, "/backlog/manage/item.xhtml?id=1", "edit", "save"); // nothing is saved
            }
            default -> {
                // the other roles' forms are the same components; one of each kind is enough
            }
        }
    }

    private void sendEmpty(Browser browser, String role, String address, String form, String button) {
        browser.open(address);
        for (WebElement field : browser.driver().findElements(By.cssSelector("form#" + form + " textarea, form#" + form
                + " input:not([type]), form#" + form + " input[type=text], form#" + form + " input[type=email], form#"
                + form + " input[type=number], form#" + form + " input[type=date], form#" + form
                + " input[type=datetime-local], form#" + form + " input[type=url], form#" + form + " input[type=tel]"))) {
            if (field.isDisplayed() && field.isEnabled()) {
                field.clear();
            }
        }
        browser.submit(By.id(form + ":" + button));
        errorStates++;
        String where = role + " " + address + " sent empty";
        boolean messages = !browser.driver().findElements(By.cssSelector(".field-error, .message--error, .message--info"))
                .stream().filter(e -> !e.getText().isBlank()).toList().isEmpty();
        if (!messages) {
            failures.add(where + ": no message shown");
        }
        check(browser, where, "de");
    }

    /** A guest registers for the demo conference through the public API; the mail brings the personal link. */
    private String ticketLink() throws Exception {
        String email = "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = ConferenceGuests.register(email, 1);
        assertEquals(201, created.statusCode(), created.body());
        return ConferenceGuests.personalLink(mail.await(email, "Bitte bestätigen"));
    }

    private static String reportId(Browser browser) {
        String href = browser.find(By.cssSelector("#reports tbody a.report-html")).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
    }

    /**
     * Every key of the German bundles of the built web module (one per capability,
     * de/mitwirken/web/&lt;capability&gt;/messages_de.properties): shown as text, it is a raw key.
     */
    private static Set<String> messageKeys() throws IOException {
        File war = new File(Objects.requireNonNull(System.getProperty("it.ear.dir"), "it.ear.dir"), "portal-web.war");
        Pattern german = Pattern.compile("WEB-INF/classes/de/mitwirken/web/[a-z]+/messages_de\\.properties");
        try (ZipFile zip = new ZipFile(war)) {
            Properties bundle = new Properties();
            for (ZipEntry entry : zip.stream().filter(e -> german.matcher(e.getName()).matches()).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            Set<String> keys = new TreeSet<>(bundle.stringPropertyNames());
            keys.removeIf(k -> !k.contains("."));
            assertTrue(keys.size() > 100, "the bundle was read: " + keys.size() + " keys");
            return keys;
        }
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
    }
}

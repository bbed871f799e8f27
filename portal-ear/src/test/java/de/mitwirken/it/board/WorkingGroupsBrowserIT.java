package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.Keyboard;
import de.mitwirken.it.support.Portal;
import de.mitwirken.it.support.SharedPortal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The board's working groups in the browser: the strategy office defines a group (a bad name first: said at the
 * field, the typed mandate kept), adds two members with the keyboard (one who consented to be listed, one who did not),
 * is refused a name an active group has; the public board page names only the listed member; /oparl lists the group
 * as an Organization of the board with the listed member's Membership; taken out of the group, that Membership is
 * deleted for clients asking with modified_since; a dissolved group stays in OParl with its end date.
 */
@ExtendWith(SharedPortal.class)
class WorkingGroupsBrowserIT extends BrowserTest {

    private static final String PAGE = "/board/manage/working-groups.xhtml";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theOfficeDefinesAndStaffsAGroupThePublicAndOparlSeeOnlyTheListedMember() throws Exception {
        String name = "AG Test " + UUID.randomUUID().toString().substring(0, 6);
        String mandate = "Die AG prüft im Test, wie Arbeitsgruppen veröffentlicht werden.";
        browser.open("/signin?next=%2Fboard%2Fmanage%2Findex.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.open("/language?to=de&next=%2Fboard%2Fmanage%2Findex.xhtml");
        assertTrue(browser.find(By.id("manage-working-groups")).getAttribute("href").endsWith(PAGE),
                "the board office links the working groups");
        browser.assertAccessible();
        browser.click(By.id("manage-working-groups"));
        browser.waitForPath(PAGE);
        assertTrue(browser.text(By.id("groups")).contains("AG Offene Daten"), "the demo's groups are listed");
        browser.assertAccessible();

        // a bad name is said at the field, and what was typed stays
        browser.type(By.id("define:name"), "A");
        browser.type(By.id("define:mandate"), mandate);
        browser.submit(By.id("define:send"));
        assertTrue(browser.text(By.id("define:name-error")).contains("3 bis 120"), browser.text(By.cssSelector("main")));
        assertEquals("A", browser.find(By.id("define:name")).getAttribute("value"));
        assertEquals(mandate, browser.find(By.id("define:mandate")).getAttribute("value"));
        assertEquals("true", browser.find(By.id("define:name")).getAttribute("aria-invalid"));
        browser.assertAccessible();

        browser.type(By.id("define:name"), name);
        browser.submit(By.id("define:send"));
        browser.waitForPath(PAGE);
        assertTrue(browser.text(By.cssSelector(".messages")).contains("eingerichtet"), browser.text(By.cssSelector("main")));
        assertEquals(name, browser.heading());
        assertEquals("aktiv", browser.text(By.id("group-state")));
        String groupPage = browser.driver().getCurrentUrl();
        long groupId = Long.parseLong(groupPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.assertAccessible();

        // nothing chosen: said at the field
        browser.submit(By.id("add:send"));
        assertTrue(browser.text(By.id("add:member-error")).contains("Mitglied"), browser.text(By.cssSelector("main")));

        // with the keyboard only: the chair (listed) and Lena Fischer (not listed) join
        String chair = option("Christiane Hoffmann");
        String hidden = option("Lena Fischer");
        Keyboard keys = new Keyboard(browser);
        for (String member : List.of(chair, hidden)) {
            keys.tabToId("add:member");
            keys.chooseOption(member);
            keys.tabToId("add:send");
            keys.pressForNewPage(Keys.ENTER);
            assertTrue(browser.text(By.cssSelector(".messages")).contains("aufgenommen"), browser.text(By.cssSelector("main")));
        }
        String members = browser.text(By.id("group-members"));
        assertTrue(members.contains("Christiane Hoffmann") && members.contains("Lena Fischer"), members);
        assertFalse(browser.text(By.id("add")).contains("Christiane Hoffmann"), "a member joins once: no longer offered");
        browser.assertAccessible();

        // the name of an active group is taken: said at the field, the typed name kept
        browser.type(By.id("edit:name"), "AG Offene Daten");
        browser.submit(By.id("edit:save"));
        assertTrue(browser.text(By.id("edit:name-error")).contains("schon"), browser.text(By.cssSelector("main")));
        assertEquals("AG Offene Daten", browser.find(By.id("edit:name")).getAttribute("value"));
        assertEquals(name, browser.heading(), "nothing changed");
        browser.assertAccessible();

        // the public board page: the group with its mandate and only the member who consented
        try (Browser visitor = Browser.start()) {
            visitor.open("/language?to=de&next=%2Fboard%2Findex.xhtml");
            WebElement card = visitor.find(By.xpath("//ul[@id='working-groups']/li[.//h3[normalize-space(.)='" + name + "']]"));
            assertTrue(card.getText().contains(mandate) && card.getText().contains("Christiane Hoffmann"), card.getText());
            assertFalse(card.getText().contains("Lena Fischer"), "a member who did not consent is never named");
            assertFalse(visitor.text(By.id("working-groups")).contains("Lena Fischer"), "not in the demo's group either");
            visitor.assertAccessible();
        }

        // OParl: an Organization of the board with the listed member's Membership only
        String before = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusSeconds(5).withNano(0).toString();
        // the ids carry the portal's configured address: compared by their path, fetched here by it
        JsonObject group = find(walk("/oparl/body/1/organizations", ""), "/oparl/organization/group-" + groupId);
        String organization = group.getString("id");
        assertEquals(name, group.getString("name"));
        assertEquals("Beirat", group.getString("organizationType"));
        assertEquals("Arbeitsgruppe", group.getString("classification"));
        assertTrue(group.getString("subOrganizationOf").endsWith("/oparl/organization/board"));
        assertFalse(group.containsKey("endDate"));
        assertEquals(1, group.getJsonArray("membership").size(), "only the listed member: " + group);
        String membership = group.getJsonArray("membership").getString(0);
        JsonObject place = find(walk("/oparl/body/1/memberships", ""), path(membership));
        assertEquals("Mitglied", place.getString("role"));
        assertEquals(organization, place.getString("organization"));
        // the chair's Person (one per person, under their public key) embeds the group's Membership
        JsonObject person = json(get(local(place.getString("person"))).body());
        assertEquals("Christiane Hoffmann", person.getString("name"), place.toString());
        assertTrue(person.getJsonArray("membership").stream()
                .anyMatch(m -> m.asJsonObject().getString("id").equals(membership)), person.toString());

        // the chair leaves the group: the Membership is deleted for incremental clients, gone for the others
        browser.open(PAGE + "?id=" + groupId);
        browser.submit(By.xpath("//table[@id='group-members']//tr[contains(., 'Christiane Hoffmann')]//input[@type='submit']"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("nicht mehr"), browser.text(By.cssSelector("main")));
        assertFalse(browser.text(By.id("group-members")).contains("Christiane Hoffmann"));
        assertFalse(walk("/oparl/body/1/memberships", "").stream().anyMatch(o -> o.getString("id").equals(membership)));
        JsonObject deleted = find(walk("/oparl/body/1/memberships", "?modified_since="
                + URLEncoder.encode(before, StandardCharsets.UTF_8)), path(membership));
        assertTrue(deleted.getBoolean("deleted"));
        assertFalse(deleted.containsKey("person"));
        assertEquals(410, get(local(membership)).statusCode());

        // dissolved: the page says so and takes no more changes; OParl keeps the group with its end date
        browser.submit(By.id("dissolve:send"));
        assertEquals("aufgelöst", browser.text(By.id("group-state")), browser.text(By.cssSelector("main")));
        assertFalse(browser.has(By.id("add")) || browser.has(By.id("edit")) || browser.has(By.id("dissolve")));
        browser.assertAccessible();
        JsonObject ended = json(get(local(organization)).body());
        assertTrue(ended.containsKey("endDate"), ended.toString());
        try (Browser visitor = Browser.start()) {
            visitor.open("/board/index.xhtml");
            assertFalse(visitor.text(By.cssSelector("main")).contains(name), "a dissolved group is not on the public page");
        }
    }

    /** The value of the add form's option whose label names the person. */
    private String option(String person) {
        return new Select(browser.find(By.id("add:member"))).getOptions().stream()
                .filter(o -> o.getText().contains(person)).findFirst()
                .orElseThrow(() -> new AssertionError(person + " is not offered: " + browser.text(By.id("add"))))
                .getAttribute("value");
    }

    private List<JsonObject> walk(String list, String query) throws Exception {
        List<JsonObject> objects = new ArrayList<>();
        String next = Portal.url(list + query);
        while (next != null) {
            HttpResponse<String> response = get(next.contains("/oparl/") ? local(next) : next);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = json(response.body());
            page.getJsonArray("data").forEach(o -> objects.add(o.asJsonObject()));
            next = page.getJsonObject("links").getString("next", null);
        }
        return objects;
    }

    /** An OParl id's path from /oparl on. */
    private static String path(String id) {
        return id.substring(id.indexOf("/oparl/"));
    }

    /** An OParl id as this test reaches the portal. */
    private static String local(String id) {
        return Portal.url(path(id));
    }

    /** The object whose id ends with the path. */
    private static JsonObject find(List<JsonObject> objects, String path) {
        return objects.stream().filter(o -> o.getString("id").endsWith(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + objects.stream().map(o -> o.getString("id")).toList()));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}

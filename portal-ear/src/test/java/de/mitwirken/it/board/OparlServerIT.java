package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.reporting.ReportingDesk;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #25, the portal's own OParl 1.1 endpoint, walked as anonymous over HTTP inside the server: every list
 * page by page, each object with the spec's required properties, types and date-times with offset, each id
 * answering itself, one Person per person with a Membership per term, files reachable, the filters kept in every
 * link, a withdrawn consent and an erasure as
 * deleted entries with modified_since only, and nothing non-public anywhere (a member who did not consent,
 * internal minutes, minutes not yet approved, a draft recommendation, a draft report, a board-only document).
 * Data of the test's own is written straight into the database next to the demo data.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class OparlServerIT {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DATE_TIMES = Set.of("created", "modified", "start", "end");
    private static final Set<String> DATES = Set.of("startDate", "endDate", "date");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "System", List.of("id", "type", "oparlVersion", "body"),
            "Body", List.of("id", "type", "name", "organization", "person", "meeting", "paper", "legislativeTerm"),
            "AgendaItem", List.of("id", "type", "order"),
            "File", List.of("id", "type", "accessUrl"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(List.of(OparlDesk.class, ReportingDesk.class), OparlServerIT.class);
    }

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;
    @Inject
    OparlDesk desk;
    @Inject
    ReportingDesk reporting;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String base;

    @Test
    void everyListWalkedHoldsValidObjectsAndNothingThatIsNotPublic() throws Exception {
        Fixture f = fixture();
        long draftReport = reporting.generate(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30));

        HttpResponse<String> systemResponse = get(base() + "/oparl");
        assertEquals(200, systemResponse.statusCode());
        // RFC 9110: whitespace around ";" is optional (Payara writes none)
        assertEquals("application/json;charset=utf-8", systemResponse.headers().firstValue("Content-Type").orElse("")
                .toLowerCase().replace(" ", ""));
        assertEquals("*", systemResponse.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        JsonObject system = json(systemResponse.body());
        check(system, "System");
        assertEquals("https://schema.oparl.org/1.1/", system.getString("oparlVersion"));
        assertEquals(base() + "/oparl", system.getString("id"));
        assertTrue(system.containsKey("license") && system.containsKey("contactEmail") && system.containsKey("web"));

        List<JsonObject> bodies = walk(system.getString("body"), Map.of());
        assertEquals(1, bodies.size());
        JsonObject body = bodies.get(0);
        check(body, "Body");
        assertEquals(body, json(get(body.getString("id")).body()), "the body answers at its id");
        assertTrue(body.containsKey("ags") && body.containsKey("website") && body.containsKey("shortName"));

        StringBuilder everything = new StringBuilder(system.toString()).append(body);
        Map<String, List<JsonObject>> lists = new LinkedHashMap<>();
        for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                "membership", "legislativeTermList", "locationList")) {
            List<JsonObject> objects = walk(body.getString(list), Map.of("limit", "3"));
            lists.put(list, objects);
            for (JsonObject object : objects) {
                check(object, object.getString("type").substring("https://schema.oparl.org/1.1/".length()));
                assertFalse(object.containsKey("deleted"), "no deleted objects without modified_since");
                assertEquals(object, json(get(object.getString("id")).body()), "each id answers itself: " + object);
                everything.append(object);
            }
        }
        String all = everything.toString();

        // what becomes what
        JsonObject board = lists.get("organization").get(0);
        assertEquals("Beirat", board.getString("organizationType"));
        assertTrue(names(lists.get("person")).contains("Christiane Hoffmann"), "a consenting demo member");
        String personUrl = base() + "/oparl/person/" + f.listedKey;
        assertEquals(1, names(lists.get("person")).stream().filter(("Gelistet " + run)::equals).count(),
                "one Person for both terms");
        JsonObject person = byName(lists.get("person"), "Gelistet " + run);
        assertEquals(personUrl, person.getString("id"));
        assertEquals(List.of(base() + "/oparl/membership/" + f.listedEarlier, base() + "/oparl/membership/" + f.listedMember),
                ids(person.getJsonArray("membership").getValuesAs(JsonObject.class)));
        assertEquals(1, person.getJsonArray("status").size(), "the role of the running term only");
        for (long term : List.of(f.listedEarlier, f.listedMember)) {
            JsonObject membership = lists.get("membership").stream()
                    .filter(m -> m.getString("id").equals(base() + "/oparl/membership/" + term)).findFirst().orElseThrow();
            assertEquals(personUrl, membership.getString("person"));
        }
        // the demo's Thomas Schneider held the pilot term's seat and holds one now (R__40): one Person, two Memberships
        assertEquals(1, names(lists.get("person")).stream().filter("Thomas Schneider"::equals).count());
        // his Person embeds also his place in the demo's "AG Offene Daten" (R__44): two of the board, one of the group
        JsonArray schneider = byName(lists.get("person"), "Thomas Schneider").getJsonArray("membership");
        assertEquals(2, schneider.stream().filter(m -> m.asJsonObject().getString("organization")
                .equals(base() + "/oparl/organization/board")).count(), schneider.toString());
        assertEquals(1, schneider.stream().filter(m -> m.asJsonObject().getString("organization")
                .startsWith(base() + "/oparl/organization/group-")).count(), schneider.toString());
        JsonObject meeting = byName(lists.get("meeting"), "Sitzung " + run);
        assertEquals(personUrl, meeting.getJsonArray("participant").getString(0));
        assertEquals(1, meeting.getJsonArray("participant").size(), "the member who did not consent is no participant");
        assertTrue(meeting.containsKey("invitation") && meeting.containsKey("resultsProtocol") && meeting.containsKey("location"));
        JsonArray agenda = meeting.getJsonArray("agendaItem");
        assertEquals(2, agenda.size());
        assertEquals("Öffentlicher Beschluss " + run, agenda.getJsonObject(0).getString("resolutionText"));
        assertTrue(agenda.getJsonObject(0).getString("result").startsWith("angenommen"));
        assertFalse(agenda.getJsonObject(1).containsKey("resolutionText"), "internal minutes");
        assertFalse(agenda.getJsonObject(1).getBoolean("public"));
        assertTrue(lists.get("paper").stream().anyMatch(p -> "Empfehlung des Digitalisierungsbeirats".equals(p.getString("paperType"))));
        // the demo's recommendation 1 was voted under agenda point 5 of the 2nd meeting (R__42)
        JsonObject voted = lists.get("consultation").stream()
                .filter(c -> c.getString("paper").endsWith("/paper/recommendation-1")).findFirst().orElseThrow();
        assertEquals(base() + "/oparl/meeting/2", voted.getString("meeting"));
        assertEquals(base() + "/oparl/agenda-item/5", voted.getString("agendaItem"), "where it was voted");
        assertTrue(lists.get("agendaItem").stream().anyMatch(a -> a.getString("id").equals(voted.getString("agendaItem"))),
                "the agenda item is published");
        JsonObject report = lists.get("paper").stream().filter(p -> "Umsetzungsbericht".equals(p.getString("paperType")))
                .findFirst().orElseThrow();
        assertEquals(128, report.getJsonObject("mainFile").getString("sha512Checksum").length());

        // files: reachable, the download as attachment
        for (JsonObject file : lists.get("file")) {
            HttpResponse<byte[]> access = http.send(HttpRequest.newBuilder(URI.create(file.getString("accessUrl"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, access.statusCode(), file.toString());
            assertEquals("%PDF", new String(access.body(), 0, 4, StandardCharsets.ISO_8859_1), file.getString("id"));
            if (file.containsKey("size")) {
                assertEquals(file.getJsonNumber("size").longValue(), access.body().length);
            }
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(file.getString("downloadUrl"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        }
        assertTrue(lists.get("file").stream().anyMatch(x -> x.getString("id").endsWith("/file/doc-" + f.publicDocument)));

        // nothing that is not public (demo: internal minutes, minutes not yet approved, a draft recommendation)
        for (String secret : List.of("Lena Fischer", "Verborgen " + run, "Geheimes Protokoll " + run,
                "Vertrauliche Angaben", "Der Beirat bittet das Strategiebüro", "Offene Daten zu Baustellen",
                "nur-beirat-" + run, "/file/doc-" + f.boardDocument, "report-" + draftReport + "\"")) {
            assertFalse(all.contains(secret), "not public, but in the OParl data: " + secret);
        }
        assertEquals(404, get(base() + "/oparl/file/doc-" + f.boardDocument + "/access").statusCode());
        assertEquals(404, get(base() + "/oparl/file/report-" + draftReport + "/download").statusCode());
        assertEquals(404, get(base() + "/oparl/person/" + f.hiddenMember).statusCode());
        assertEquals(404, get(base() + "/oparl/person/" + f.hiddenKey).statusCode());
        assertEquals(404, get(base() + "/oparl/person/" + f.listedMember).statusCode(), "no Person per membership");
        assertEquals(404, get(base() + "/oparl/meeting/999999").statusCode());
        assertEquals(404, get(base() + "/oparl/nothing/1").statusCode());
        assertEquals(400, get(base() + "/oparl/body/1/meetings?modified_since=gestern").statusCode());
    }

    @Test
    void filtersAreKeptInEveryLinkAndSelectByTime() throws Exception {
        fixture();
        String since = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusMinutes(10).withNano(0).toString();
        Map<String, String> filter = Map.of("created_since", since, "limit", "1");
        List<JsonObject> recent = walk(base() + "/oparl/body/1/meetings", filter);
        assertTrue(recent.stream().anyMatch(m -> ("Sitzung " + run).equals(m.getString("name"))));
        assertTrue(recent.stream().noneMatch(m -> OffsetDateTime.parse(m.getString("created")).toInstant()
                .isBefore(OffsetDateTime.parse(since).toInstant())), "created_since filters");
        String future = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusHours(1).withNano(0).toString();
        assertEquals(0, walk(base() + "/oparl/body/1/meetings", Map.of("modified_since", future)).size());
        assertTrue(walk(base() + "/oparl/body/1/meetings", Map.of("modified_until", "2000-01-01T00:00:00+01:00")).isEmpty());
        JsonObject omitted = json(get(base() + "/oparl/body/1/meetings?omit_internal=true").body());
        assertTrue(omitted.getJsonArray("data").stream().noneMatch(m -> m.asJsonObject().containsKey("agendaItem")));
        assertTrue(omitted.getJsonObject("links").getString("first").contains("omit_internal=true"));
        HttpResponse<String> options = http.send(HttpRequest.newBuilder(URI.create(base() + "/oparl/body/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://client.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(options.statusCode() < 300, "preflight: " + options.statusCode());
        assertEquals("*", options.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void aWithdrawnConsentAndAnErasureAppearAsDeletedOnlyWithModifiedSince() throws Exception {
        Fixture f = fixture();
        String before = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusSeconds(5).withNano(0).toString();
        String person = base() + "/oparl/person/" + f.listedKey;
        assertEquals(200, get(person).statusCode());

        assertEquals(2, desk.changeListing(f.listedProfile, false), "both terms");
        assertFalse(ids(walk(base() + "/oparl/body/1/people", Map.of())).contains(person), "gone without modified_since");
        JsonObject deleted = walk(base() + "/oparl/body/1/people", Map.of("modified_since", before)).stream()
                .filter(p -> p.getString("id").equals(person)).findFirst().orElseThrow();
        assertTrue(deleted.getBoolean("deleted"));
        assertTrue(DATE_TIME.matcher(deleted.getString("modified")).matches());
        assertFalse(deleted.toString().contains("Gelistet"), "a deleted entry names nobody");
        List<JsonObject> memberships = walk(base() + "/oparl/body/1/memberships", Map.of("modified_since", before));
        for (long term : List.of(f.listedEarlier, f.listedMember)) {
            assertTrue(memberships.stream().anyMatch(m -> m.getString("id").equals(base() + "/oparl/membership/" + term)
                    && m.getBoolean("deleted", false)), "membership " + term + " deleted");
        }
        HttpResponse<String> gone = get(person);
        assertEquals(410, gone.statusCode());
        assertTrue(json(gone.body()).getBoolean("deleted"));
        JsonObject meeting = byName(walk(base() + "/oparl/body/1/meetings", Map.of()), "Sitzung " + run);
        assertFalse(meeting.containsKey("participant"), "no longer named as participant");

        assertEquals(2, desk.changeListing(f.listedProfile, true));
        JsonObject again = walk(base() + "/oparl/body/1/people", Map.of("modified_since", before)).stream()
                .filter(p -> p.getString("id").equals(person)).findFirst().orElseThrow();
        assertFalse(again.containsKey("deleted"), "public again: listed, not deleted");
        assertEquals("Gelistet " + run, again.getString("name"));
        assertEquals(2, again.getJsonArray("membership").size());

        desk.erase(f.listedProfile);
        assertTrue(walk(base() + "/oparl/body/1/people", Map.of("modified_since", before)).stream()
                .anyMatch(p -> p.getString("id").equals(person) && p.getBoolean("deleted", false)), "erased: deleted");
        assertFalse(ids(walk(base() + "/oparl/body/1/people", Map.of())).contains(person));
    }

    @Test
    void aWorkingGroupIsAnOrganizationOfTheBoardWithTheListedMembersOnlyAndAWithdrawnConsentDeletesTheirPlace()
            throws Exception {
        Fixture f = fixture();
        long group = insert("INSERT INTO board_working_group (name, mandate, defined_on) VALUES (?, ?,"
                + " CURRENT_DATE - INTERVAL 30 DAY)", "AG " + run, "Ein Auftrag der Arbeitsgruppe für den Test.");
        long listedPlace = insert("INSERT INTO board_working_group_member (group_id, member_id, joined_on) VALUES (?, ?,"
                + " CURRENT_DATE - INTERVAL 20 DAY)", group, f.listedMember);
        long hiddenPlace = insert("INSERT INTO board_working_group_member (group_id, member_id, joined_on) VALUES (?, ?,"
                + " CURRENT_DATE - INTERVAL 20 DAY)", group, f.hiddenMember);
        String before = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusSeconds(5).withNano(0).toString();
        String organization = base() + "/oparl/organization/group-" + group;
        String listed = base() + "/oparl/membership/group-" + listedPlace;
        String hidden = base() + "/oparl/membership/group-" + hiddenPlace;

        JsonObject org = walk(base() + "/oparl/body/1/organizations", Map.of()).stream()
                .filter(o -> o.getString("id").equals(organization)).findFirst().orElseThrow();
        check(org, "Organization");
        assertEquals("AG " + run, org.getString("name"));
        assertEquals("Beirat", org.getString("organizationType"));
        assertEquals("Arbeitsgruppe", org.getString("classification"));
        assertEquals(base() + "/oparl/organization/board", org.getString("subOrganizationOf"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(30).toString(), org.getString("startDate"));
        assertEquals(List.of(listed), org.getJsonArray("membership").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "only the member who consented");
        JsonObject place = json(get(listed).body());
        check(place, "Membership");
        assertEquals(base() + "/oparl/person/" + f.listedKey, place.getString("person"));
        assertTrue(json(get(place.getString("person")).body()).getJsonArray("membership").stream()
                .anyMatch(m -> m.asJsonObject().getString("id").equals(listed)), "the Person embeds the group's place");
        assertEquals(organization, place.getString("organization"));
        assertEquals("Mitglied", place.getString("role"));
        assertEquals(404, get(hidden).statusCode(), "a member who did not consent has no public place");
        assertFalse(ids(walk(base() + "/oparl/body/1/memberships", Map.of("modified_since", before))).contains(hidden),
                "never public, so never deleted either");

        assertEquals(2, desk.changeListing(f.listedProfile, false), "both terms");
        assertFalse(ids(walk(base() + "/oparl/body/1/memberships", Map.of())).contains(listed));
        JsonObject deleted = walk(base() + "/oparl/body/1/memberships", Map.of("modified_since", before)).stream()
                .filter(m -> m.getString("id").equals(listed)).findFirst().orElseThrow();
        assertTrue(deleted.getBoolean("deleted"));
        assertFalse(deleted.containsKey("person") || deleted.containsKey("organization"));
        assertEquals(410, get(listed).statusCode());
        JsonObject changed = walk(base() + "/oparl/body/1/organizations", Map.of("modified_since", before)).stream()
                .filter(o -> o.getString("id").equals(organization)).findFirst()
                .orElseThrow(() -> new AssertionError("the group changed: its membership list is shorter"));
        assertFalse(changed.containsKey("membership"), changed.toString());

        assertEquals(2, desk.changeListing(f.listedProfile, true));
        assertEquals(200, get(listed).statusCode(), "listed again: the place is public again");
    }

    @Test
    void theBoardPageLinksTheInterface() throws Exception {
        String page = get(base() + "/board/index.xhtml").body();
        assertTrue(page.contains("id=\"oparl-link\"") && page.contains("/oparl\"") && page.contains("OParl-Schnittstelle"),
                "the board page links the OParl interface");
    }

    /** The portal's own address as it names its objects (read inside the server, where the test runs). */
    private String base() {
        if (base == null) {
            base = ConfigProvider.getConfig().getValue("portal.base.url", String.class).replaceAll("/$", "");
        }
        return base;
    }

    // ---- walking and checking

    /** Follows links.next from the first page; every link keeps the query's parameters; no page over 100. */
    private List<JsonObject> walk(String list, Map<String, String> query) throws Exception {
        StringBuilder url = new StringBuilder(list);
        char separator = '?';
        for (Map.Entry<String, String> p : query.entrySet()) {
            url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        List<JsonObject> objects = new ArrayList<>();
        String next = url.toString();
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertEquals(200, response.statusCode(), next + ": " + response.body());
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            JsonObject page = json(response.body());
            assertTrue(page.containsKey("data") && page.containsKey("pagination") && page.containsKey("links"), next);
            JsonArray data = page.getJsonArray("data");
            assertTrue(data.size() <= 100);
            data.forEach(o -> objects.add(o.asJsonObject()));
            for (Map.Entry<String, JsonValue> link : page.getJsonObject("links").entrySet()) {
                for (String name : query.keySet()) {
                    assertTrue(((jakarta.json.JsonString) link.getValue()).getString().contains(name + "="),
                            link + " keeps " + name);
                }
            }
            next = page.getJsonObject("links").getString("next", null);
            assertTrue(++pages < 500, "the walk ends");
        }
        assertEquals(objects.size(), ids(objects).stream().distinct().count(), "no object twice: " + list);
        return objects;
    }

    /** Required properties, no nulls anywhere, URLs as ids, date-times with offset, dates as dates. */
    private void check(JsonObject object, String type) {
        assertTrue(object.getString("type").equals("https://schema.oparl.org/1.1/" + type), object.toString());
        for (String required : REQUIRED.getOrDefault(type, List.of("id", "type"))) {
            assertTrue(object.containsKey(required), type + " lacks " + required + ": " + object);
        }
        assertTrue(object.getString("id").startsWith(base() + "/oparl"), object.getString("id"));
        if ("AgendaItem".equals(type)) {
            assertEquals(JsonValue.ValueType.NUMBER, object.get("order").getValueType());
        }
        noNulls(object);
    }

    private void noNulls(JsonValue value) {
        switch (value.getValueType()) {
            case NULL -> throw new AssertionError("null value in OParl data");
            case ARRAY -> value.asJsonArray().forEach(this::noNulls);
            case OBJECT -> value.asJsonObject().forEach((name, v) -> {
                if (DATE_TIMES.contains(name)) {
                    assertTrue(DATE_TIME.matcher(((jakarta.json.JsonString) v).getString()).matches(), name + ": " + v);
                }
                if (DATES.contains(name)) {
                    assertTrue(DATE.matcher(((jakarta.json.JsonString) v).getString()).matches(), name + ": " + v);
                }
                if (v.getValueType() == JsonValue.ValueType.OBJECT && v.asJsonObject().containsKey("type")) {
                    String nested = v.asJsonObject().getString("type");
                    check(v.asJsonObject(), nested.substring(nested.lastIndexOf('/') + 1));
                }
                noNulls(v);
            });
            default -> { }
        }
    }

    private static List<String> ids(List<JsonObject> objects) {
        return objects.stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> names(List<JsonObject> objects) {
        return objects.stream().map(o -> o.getString("name", "")).toList();
    }

    private static JsonObject byName(List<JsonObject> objects, String name) {
        return objects.stream().filter(o -> name.equals(o.getString("name", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + objects));
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

    // ---- data of the test's own

    /** The listed person has two terms (an ended one, listedEarlier, and the running one, listedMember). */
    private record Fixture(long listedProfile, long listedEarlier, long listedMember, String listedKey, long hiddenMember,
                           String hiddenKey, long publicDocument, long boardDocument) {
    }

    /**
     * A person who consented, with two terms, and one who did not, both present at a meeting whose minutes are
     * approved (the listed one in the running term): one point
     * with public minutes and a vote and a public document, one with internal minutes and a board-only document.
     */
    private Fixture fixture() throws SQLException {
        long listedProfile = profile("gelistet", "Gelistet " + run);
        long earlier = member(listedProfile, true, "MAX", "CURRENT_DATE - INTERVAL 4 YEAR", "CURRENT_DATE - INTERVAL 1 YEAR");
        String listedKey = personKey(listedProfile);
        long listed = member(listedProfile, true, "MIN", "CURRENT_DATE - INTERVAL 1 YEAR", "CURRENT_DATE + INTERVAL 2 YEAR");
        assertEquals(listedKey, personKey(listedProfile), "a new term keeps the person's key");
        long hiddenProfile = profile("verborgen", "Verborgen " + run);
        long hidden = member(hiddenProfile, false, "MIN", "CURRENT_DATE - INTERVAL 1 YEAR", "CURRENT_DATE + INTERVAL 2 YEAR");
        long meeting = insert("INSERT INTO board_meeting (title, starts_at, ends_at, place, status, quorum_percent,"
                + " invited_at, held_at, created_at, created_by) VALUES (?, UTC_TIMESTAMP() - INTERVAL 10 DAY,"
                + " UTC_TIMESTAMP() - INTERVAL 10 DAY + INTERVAL 2 HOUR, 'Rathaus, Raum 1', 'MINUTES_APPROVED', 50,"
                + " UTC_TIMESTAMP() - INTERVAL 20 DAY, UTC_TIMESTAMP() - INTERVAL 10 DAY, UTC_TIMESTAMP(), 'it')",
                "Sitzung " + run);
        long open = insert("INSERT INTO board_agenda_item (meeting_id, position, title, duration_minutes, minutes,"
                + " public_minutes, votes_yes, votes_no, votes_abstain, voted_at) VALUES (?, 1, 'Offener Punkt', 30, ?,"
                + " TRUE, 2, 0, 0, UTC_TIMESTAMP() - INTERVAL 10 DAY)", meeting, "Öffentlicher Beschluss " + run);
        long internal = insert("INSERT INTO board_agenda_item (meeting_id, position, title, duration_minutes, minutes,"
                + " public_minutes) VALUES (?, 2, 'Interner Punkt', 30, ?, FALSE)", meeting, "Geheimes Protokoll " + run);
        update("INSERT INTO board_invitation (meeting_id, member_id, response, present) VALUES (?, ?, 'ATTEND', TRUE)", meeting, listed);
        update("INSERT INTO board_invitation (meeting_id, member_id, response, present) VALUES (?, ?, 'ATTEND', TRUE)", meeting, hidden);
        long publicDocument = document(open, "oeffentlich-" + run + ".pdf", true);
        long boardDocument = document(internal, "nur-beirat-" + run + ".pdf", false);
        return new Fixture(listedProfile, earlier, listed, listedKey, hidden, personKey(hiddenProfile), publicDocument,
                boardDocument);
    }

    private long profile(String who, String name) throws SQLException {
        String subject = "it-oparl-" + who + "-" + run;
        return insert("INSERT INTO user_profile (subject, username, display_name, email, language, created_at,"
                + " last_sign_in_at) VALUES (?, ?, ?, ?, 'de', UTC_TIMESTAMP(), UTC_TIMESTAMP())", subject, subject,
                name, subject + "@example.org");
    }

    /** A term from the first ("MIN") or last ("MAX") call: one application per call and person. */
    private long member(long profile, boolean listed, String call, String start, String end) throws SQLException {
        long application = insert("INSERT INTO board_application (call_id, applicant_id, constituency, expertise,"
                + " motivation, has_conflicts, public_listing, status, submitted_at) SELECT " + call + "(id), ?, 'SCIENCE',"
                + " 'SOCIETY', 'Test', FALSE, ?, 'ADMITTED', UTC_TIMESTAMP() FROM board_call", profile, listed);
        return insert("INSERT INTO board_member (application_id, profile_id, constituency, expertise, public_listing,"
                + " board_role, term_start, term_end) VALUES (?, ?, 'SCIENCE', 'SOCIETY', ?, 'MEMBER', " + start + ", "
                + end + ")", application, profile, listed);
    }

    /** The person's public key, given by the database with their first membership (V41). */
    private String personKey(long profile) throws SQLException {
        try (Connection c = owner.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT person_key FROM board_person WHERE profile_id = ?")) {
            s.setLong(1, profile);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long document(long agendaItem, String filename, boolean isPublic) throws SQLException {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        return insert("INSERT INTO board_agenda_document (agenda_item_id, filename, content_type, content, size_bytes,"
                + " public_doc, uploaded_at, uploaded_by) VALUES (?, ?, 'application/pdf', ?, ?, ?, UTC_TIMESTAMP(), 'it')",
                agendaItem, filename, pdf, pdf.length, isPublic);
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}

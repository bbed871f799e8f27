package de.mitwirken.web.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.board.boundary.Published;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.reporting.boundary.ReportSummary;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What becomes what in OParl, from the values the boundaries hand out. */
class OparlCatalogueTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String OPARL = "https://portal.example/oparl";
    private static final Published.Person HOFFMANN = new Published.Person("c0ffee00-0000-4000-8000-000000000007",
            "Christiane Hoffmann");
    private static final String HOFFMANN_URL = OPARL + "/person/" + HOFFMANN.key();

    private static OparlSettings settings() {
        OparlSettings s = new OparlSettings();
        s.baseUrl = "https://portal.example/";
        s.bodyName = "Stadt Musterstadt";
        s.bodyShortName = "Musterstadt";
        s.ags = "05515000";
        s.website = "https://www.musterstadt.example";
        s.license = "https://www.govdata.de/dl-de/by-2-0";
        s.contactEmail = "digital@musterstadt.example";
        s.contactName = "Stabsstelle";
        return s;
    }

    private static OparlCatalogue catalogue(boolean omitInternal, MeetingStatus status) {
        Published.Membership chair = new Published.Membership(7, Published.BOARD, HOFFMANN, BoardRole.CHAIR,
                Constituency.SCIENCE, "Universität", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1), true, T, T);
        Published.AgendaItem open = new Published.AgendaItem(21, 3, 1, "Haushalt", true,
                status == MeetingStatus.MINUTES_APPROVED ? "Beschlossen." : null, 5, 1, 0, T,
                List.of(new Published.Document(31, 21, "anlage.pdf", "application/pdf", 1234, T, "ab".repeat(64))));
        Published.AgendaItem internal = new Published.AgendaItem(22, 3, 2, "Personal", false, null, null, null, null, T, List.of());
        Published.Meeting meeting = new Published.Meeting(3, "Sitzung 1", T, T.plusSeconds(7200), "Rathaus", status,
                status == MeetingStatus.MINUTES_APPROVED, T, T, List.of(open, internal), List.of(7L));
        Published.Recommendation recommendation = new Published.Recommendation(4, "Offene Daten", "Text",
                Addressee.COUNCIL, RecommendationStatus.SUBMITTED, 3L, 21L, T, T, T);
        ReportSummary report = new ReportSummary(5, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 1, "Bericht",
                T, "office", "x", T, "office", false);
        return new OparlCatalogue(settings(), omitInternal, List.of(chair),
                List.of(Published.Withdrawal.membership(9, "key-of-9", T.plusSeconds(60))),
                List.of(meeting), List.of(recommendation), List.of(new OparlCatalogue.Report(report, 10, "cd".repeat(64))));
    }

    @Test
    void theBoardIsAnOrganizationOfTypeBeiratWithItsMembershipsAndTheMembersArePeople() {
        OparlCatalogue c = catalogue(false, MeetingStatus.MINUTES_APPROVED);
        JsonObject board = c.find(OPARL + "/organization/board").object();
        assertEquals("Beirat", board.getString("organizationType"));
        assertEquals(OPARL + "/membership/7", board.getJsonArray("membership").getString(0));
        JsonObject person = c.find(HOFFMANN_URL).object();
        assertEquals("Christiane Hoffmann", person.getString("name"));
        JsonObject membership = person.getJsonArray("membership").getJsonObject(0);
        assertTrue(membership.getString("role").startsWith("Vorsitz"));
        assertTrue(membership.getBoolean("votingRight"));
        assertEquals("2028-01-01", membership.getString("endDate"));
    }

    @Test
    void aWithdrawnMemberIsADeletedPersonAndMembershipWithoutName() {
        OparlCatalogue c = catalogue(false, MeetingStatus.HELD);
        OparlList.Entry person = c.find(OPARL + "/person/key-of-9");
        assertTrue(person.deleted());
        assertEquals(java.util.Set.of("id", "type", "deleted", "modified"), person.object().keySet());
        assertTrue(c.find(OPARL + "/membership/9").deleted());
    }

    @Test
    void minutesAndTheirProtocolOnlyOnceApprovedAndInternalPointsWithoutText() {
        OparlCatalogue held = catalogue(false, MeetingStatus.HELD);
        JsonObject meeting = held.find(OPARL + "/meeting/3").object();
        assertFalse(meeting.containsKey("resultsProtocol"));
        assertTrue(meeting.containsKey("invitation"));
        assertFalse(held.find(OPARL + "/agenda-item/21").object().containsKey("resolutionText"));
        assertNull(held.find(OPARL + "/file/protocol-3"));

        OparlCatalogue approved = catalogue(false, MeetingStatus.MINUTES_APPROVED);
        JsonObject item = approved.find(OPARL + "/agenda-item/21").object();
        assertEquals("Beschlossen.", item.getString("resolutionText"));
        assertEquals("angenommen (5 Ja, 1 Nein, 0 Enthaltungen)", item.getString("result"));
        assertEquals(1, item.getInt("order"));
        assertFalse(approved.find(OPARL + "/agenda-item/22").object().getBoolean("public"));
        assertEquals(OPARL + "/file/protocol-3", approved.find(OPARL + "/meeting/3").object()
                .getJsonObject("resultsProtocol").getString("id"));
        assertEquals(HOFFMANN_URL, approved.find(OPARL + "/meeting/3").object().getJsonArray("participant").getString(0));
    }

    @Test
    void papersForRecommendationsAndReportsWithTheirFiles() {
        OparlCatalogue c = catalogue(false, MeetingStatus.MINUTES_APPROVED);
        JsonObject recommendation = c.find(OPARL + "/paper/recommendation-4").object();
        assertEquals("Empfehlung des Digitalisierungsbeirats", recommendation.getString("paperType"));
        assertEquals(OPARL + "/meeting/3", recommendation.getJsonArray("consultation").getJsonObject(0).getString("meeting"));
        assertEquals(OPARL + "/agenda-item/21", recommendation.getJsonArray("consultation").getJsonObject(0)
                .getString("agendaItem"), "the agenda point where it was voted");
        assertEquals(OPARL + "/organization/board", recommendation.getJsonArray("originatorOrganization").getString(0));
        JsonObject report = c.find(OPARL + "/paper/report-5").object();
        assertEquals("Umsetzungsbericht", report.getString("paperType"));
        JsonObject file = report.getJsonObject("mainFile");
        assertEquals("cd".repeat(64), file.getString("sha512Checksum"));
        assertEquals(OPARL + "/file/report-5/access", file.getString("accessUrl"));
        assertEquals(OPARL + "/file/report-5/download", file.getString("downloadUrl"));
        JsonObject document = c.find(OPARL + "/file/doc-31").object();
        assertEquals(1234, document.getInt("size"));
        assertEquals("ab".repeat(64), document.getString("sha512Checksum"));
    }

    // ---- one Person per person

    private static final Instant EARLY = T.minusSeconds(86_400 * 365);
    private static final Published.Person KLEIN = new Published.Person("5eed0000-0000-4000-8000-000000000042", "Jonas Klein");
    private static final String KLEIN_URL = OPARL + "/person/" + KLEIN.key();

    /** Jonas Klein's first term (member 41) ended, his second (member 42) runs; both listed unless withdrawn. */
    private static Published.Membership term(long id) {
        return id == 41
                ? new Published.Membership(41, Published.BOARD, KLEIN, BoardRole.MEMBER, Constituency.BUSINESS, "Klein GmbH",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), false, EARLY, EARLY.plusSeconds(60))
                : new Published.Membership(42, Published.BOARD, KLEIN, BoardRole.DEPUTY_CHAIR, Constituency.BUSINESS,
                        "Klein GmbH", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1), true, T, T.plusSeconds(60));
    }

    private static OparlCatalogue klein(List<Published.Membership> listed, List<Published.Withdrawal> withdrawals) {
        Published.Meeting held = new Published.Meeting(3, "Sitzung 1", T, T.plusSeconds(7200), "Rathaus",
                MeetingStatus.HELD, false, T, T, List.of(), listed.stream().map(Published.Membership::id).toList());
        return new OparlCatalogue(settings(), false, listed, withdrawals, List.of(held), List.of(), List.of());
    }

    @Test
    void aPersonWithTwoTermsIsOnePersonWithTwoMemberships() {
        OparlCatalogue c = klein(List.of(term(41), term(42)), List.of());
        assertEquals(List.of(KLEIN_URL), c.list("people").stream().map(e -> e.object().getString("id")).toList());
        JsonObject person = c.find(KLEIN_URL).object();
        assertEquals("Jonas Klein", person.getString("name"));
        assertFalse(person.containsKey("givenName"), "the identity data holds only a display name");
        assertEquals(List.of(OPARL + "/membership/41", OPARL + "/membership/42"), person.getJsonArray("membership")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList());
        assertEquals(1, person.getJsonArray("status").size(), "only the running term's role");
        assertTrue(person.getJsonArray("status").getString(0).startsWith("Stellvertretender Vorsitz"));
        assertEquals(c.find(OPARL + "/membership/41").object().getString("created"), person.getString("created"),
                "created: the earliest membership's");
        assertEquals(c.find(OPARL + "/membership/42").object().getString("modified"), person.getString("modified"),
                "modified: the latest membership's");
        for (long id : List.of(41L, 42L)) {
            JsonObject membership = c.find(OPARL + "/membership/" + id).object();
            assertEquals(KLEIN_URL, membership.getString("person"));
            assertEquals(OPARL + "/organization/board", membership.getString("organization"));
        }
        assertEquals(2, c.list("memberships").size());
        assertEquals(2, c.find(OPARL + "/organization/board").object().getJsonArray("membership").size());
        assertEquals(List.of(KLEIN_URL), c.find(OPARL + "/meeting/3").object().getJsonArray("participant")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "present in both terms' names: one participant, the Person");
    }

    @Test
    void withdrawingOneTermDeletesOnlyThatMembershipAndTheLastOneThePerson() {
        Instant withdrawn = T.plusSeconds(3600);
        OparlCatalogue one = klein(List.of(term(42)), List.of(Published.Withdrawal.membership(41, KLEIN.key(), withdrawn)));
        assertTrue(one.find(OPARL + "/membership/41").deleted());
        assertFalse(one.find(OPARL + "/membership/42").deleted());
        OparlList.Entry person = one.find(KLEIN_URL);
        assertFalse(person.deleted(), "the other term is still listed");
        assertEquals(1, person.object().getJsonArray("membership").size());
        assertEquals(withdrawn, person.modified(), "the person changed when one of the memberships went");
        assertEquals(T, person.created(), "created: the earliest listed membership's");

        Instant last = withdrawn.plusSeconds(60);
        OparlCatalogue none = klein(List.of(), List.of(Published.Withdrawal.membership(41, KLEIN.key(), withdrawn),
                Published.Withdrawal.membership(42, KLEIN.key(), last)));
        OparlList.Entry gone = none.find(KLEIN_URL);
        assertTrue(gone.deleted());
        assertEquals(last, gone.modified());
        assertEquals(java.util.Set.of("id", "type", "deleted", "modified"), gone.object().keySet());
        assertTrue(none.find(OPARL + "/membership/41").deleted() && none.find(OPARL + "/membership/42").deleted());
        assertEquals(1, none.list("people").size());
    }

    @Test
    void thePersonsPerMembershipOfBeforeAreDeleted() {
        OparlCatalogue c = klein(List.of(term(41), term(42)), List.of(new Published.Withdrawal(
                Published.Withdrawal.Kind.PERSON_OF_MEMBERSHIP, 41, null, T), new Published.Withdrawal(
                Published.Withdrawal.Kind.PERSON_OF_MEMBERSHIP, 42, null, T)));
        assertTrue(c.find(OPARL + "/person/41").deleted() && c.find(OPARL + "/person/42").deleted());
        assertFalse(c.find(KLEIN_URL).deleted());
        assertFalse(c.find(OPARL + "/membership/41").deleted(), "the memberships keep their ids");
    }

    @Test
    void omitInternalLeavesOutTheEmbeddedLists() {
        OparlCatalogue c = catalogue(true, MeetingStatus.MINUTES_APPROVED);
        assertFalse(c.find(OPARL + "/meeting/3").object().containsKey("agendaItem"));
        assertFalse(c.find(HOFFMANN_URL).object().containsKey("membership"));
        assertFalse(c.body().containsKey("legislativeTerm"));
        assertTrue(catalogue(false, MeetingStatus.HELD).body().containsKey("legislativeTerm"));
        OparlCatalogue empty = new OparlCatalogue(settings(), false, List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(0, empty.body().getJsonArray("legislativeTerm").size(), "required, so there even when empty");
        assertEquals(10, OparlCatalogue.LISTS.stream().filter(l -> c.list(l) != null).count());
    }

    /**
     * The chair (7) is listed; the group's place of a member who withdrew (membership 12) and one the chair was
     * removed from (13).
     */
    private static OparlCatalogue withGroups(LocalDate dissolved) {
        Published.Membership chair = new Published.Membership(7, Published.BOARD, HOFFMANN, BoardRole.CHAIR,
                Constituency.SCIENCE, "Universität", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1), true, T, T);
        Published.GroupMembership place = new Published.GroupMembership(11, 5, 7, HOFFMANN, LocalDate.of(2025, 5, 15),
                dissolved != null ? dissolved : LocalDate.of(2028, 1, 1), T, T.plusSeconds(30));
        Published.WorkingGroup group = new Published.WorkingGroup(5, "AG Offene Daten", "Offene Daten vorbereiten.",
                LocalDate.of(2025, 5, 15), dissolved, T, T.plusSeconds(600), List.of(place));
        return new OparlCatalogue(settings(), false, List.of(chair),
                List.of(Published.Withdrawal.membership(9, "key-of-9", T.plusSeconds(60))),
                List.of(), List.of(), List.of(), new OparlCatalogue.WorkingGroups(List.of(group),
                List.of(new Published.GroupWithdrawal(12, null, T.plusSeconds(60)),
                        new Published.GroupWithdrawal(13, HOFFMANN.key(), T.plusSeconds(90)))));
    }

    @Test
    void aWorkingGroupIsAnOrganizationUnderTheBoardWithMembershipsOfListedMembersPointingToTheirPerson() {
        OparlCatalogue c = withGroups(null);
        JsonObject group = c.find(OPARL + "/organization/group-5").object();
        assertEquals("https://schema.oparl.org/1.1/Organization", group.getString("type"));
        assertEquals("AG Offene Daten", group.getString("name"));
        assertEquals("Beirat", group.getString("organizationType"));
        assertEquals("Arbeitsgruppe", group.getString("classification"));
        assertEquals(OPARL + "/organization/board", group.getString("subOrganizationOf"));
        assertEquals(OPARL + "/body/1", group.getString("body"));
        assertEquals("2025-05-15", group.getString("startDate"));
        assertFalse(group.containsKey("endDate"), "an active group has no end");
        assertEquals("2026-03-01T10:10:00+01:00", group.getString("modified"));
        assertEquals(List.of(OPARL + "/membership/group-11"), group.getJsonArray("membership").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of(OPARL + "/organization/board", OPARL + "/organization/group-5"),
                c.list("organizations").stream().map(e -> e.object().getString("id")).toList());

        JsonObject place = c.find(OPARL + "/membership/group-11").object();
        assertEquals("https://schema.oparl.org/1.1/Membership", place.getString("type"));
        assertEquals(OPARL + "/person/" + HOFFMANN.key(), place.getString("person"));
        JsonObject person = c.find(place.getString("person")).object();
        assertEquals(List.of(OPARL + "/membership/7", OPARL + "/membership/group-11"),
                person.getJsonArray("membership").stream().map(m -> m.asJsonObject().getString("id")).toList(),
                "the Person embeds the board's and the group's Membership");
        assertEquals("2026-03-01T10:01:30+01:00", person.getString("modified"),
                "modified when the chair left a group (13): the Person's embedded memberships changed then");
        assertEquals(OPARL + "/organization/group-5", place.getString("organization"));
        assertEquals("Mitglied", place.getString("role"));
        assertEquals("2025-05-15", place.getString("startDate"));
        assertEquals("2028-01-01", place.getString("endDate"));
        assertTrue(c.list("memberships").stream().anyMatch(e -> e.object().getString("id").equals(place.getString("id"))),
                "in the body's membership list");
    }

    @Test
    void aDissolvedGroupStaysWithItsEndDateAndItsMembershipsEndWithIt() {
        OparlCatalogue c = withGroups(LocalDate.of(2026, 2, 28));
        JsonObject group = c.find(OPARL + "/organization/group-5").object();
        assertEquals("2026-02-28", group.getString("endDate"));
        assertEquals("2026-02-28", c.find(OPARL + "/membership/group-11").object().getString("endDate"));
    }

    @Test
    void placesThatLeftThePublicAreDeletedMembershipsWithoutPersonOrGroup() {
        OparlCatalogue c = withGroups(null);
        for (String id : List.of("group-12", "group-13")) {
            OparlList.Entry entry = c.find(OPARL + "/membership/" + id);
            assertTrue(entry.deleted(), id);
            JsonObject deleted = entry.object();
            assertTrue(deleted.getBoolean("deleted"));
            assertFalse(deleted.containsKey("person"));
            assertFalse(deleted.containsKey("organization"));
            assertFalse(deleted.containsKey("role"));
        }
        assertEquals("2026-03-01T10:01:30+01:00", c.find(OPARL + "/membership/group-13").object().getString("modified"));
        JsonObject group = c.find(OPARL + "/organization/group-5").object();
        assertEquals(1, group.getJsonArray("membership").size(), "the group lists only the public place");
    }
}

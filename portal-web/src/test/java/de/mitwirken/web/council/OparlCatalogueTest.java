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
        Published.Member chair = new Published.Member(7, "Christiane Hoffmann", BoardRole.CHAIR, Constituency.SCIENCE,
                "Universität", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1), T, T);
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
        return new OparlCatalogue(settings(), omitInternal, List.of(chair), List.of(new Published.Withdrawal(9, T.plusSeconds(60))),
                List.of(meeting), List.of(recommendation), List.of(new OparlCatalogue.Report(report, 10, "cd".repeat(64))));
    }

    @Test
    void theBoardIsAnOrganizationOfTypeBeiratWithItsMembershipsAndTheMembersArePeople() {
        OparlCatalogue c = catalogue(false, MeetingStatus.MINUTES_APPROVED);
        JsonObject board = c.find(OPARL + "/organization/board").object();
        assertEquals("Beirat", board.getString("organizationType"));
        assertEquals(OPARL + "/membership/7", board.getJsonArray("membership").getString(0));
        JsonObject person = c.find(OPARL + "/person/7").object();
        assertEquals("Christiane Hoffmann", person.getString("name"));
        JsonObject membership = person.getJsonArray("membership").getJsonObject(0);
        assertTrue(membership.getString("role").startsWith("Vorsitz"));
        assertTrue(membership.getBoolean("votingRight"));
        assertEquals("2028-01-01", membership.getString("endDate"));
    }

    @Test
    void aWithdrawnMemberIsADeletedPersonAndMembershipWithoutName() {
        OparlCatalogue c = catalogue(false, MeetingStatus.HELD);
        OparlList.Entry person = c.find(OPARL + "/person/9");
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
        assertEquals(OPARL + "/person/7", approved.find(OPARL + "/meeting/3").object().getJsonArray("participant").getString(0));
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

    @Test
    void omitInternalLeavesOutTheEmbeddedLists() {
        OparlCatalogue c = catalogue(true, MeetingStatus.MINUTES_APPROVED);
        assertFalse(c.find(OPARL + "/meeting/3").object().containsKey("agendaItem"));
        assertFalse(c.find(OPARL + "/person/7").object().containsKey("membership"));
        assertFalse(c.body().containsKey("legislativeTerm"));
        assertTrue(catalogue(false, MeetingStatus.HELD).body().containsKey("legislativeTerm"));
        OparlCatalogue empty = new OparlCatalogue(settings(), false, List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(0, empty.body().getJsonArray("legislativeTerm").size(), "required, so there even when empty");
        assertEquals(10, OparlCatalogue.LISTS.stream().filter(l -> c.list(l) != null).count());
    }
}

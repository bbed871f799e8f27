package de.mitwirken.conference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisers' rules: a session's and a conference's seats never fall below what is given; drafts say what is wrong. */
class ProgrammeRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final Conference conference = new Conference("Konferenz", "…", "Ort", LocalDate.parse("2027-01-13"),
            LocalDate.parse("2027-01-14"), 100, NOW, NOW.plus(Duration.ofDays(30)), "Einwilligung", 6, NOW);
    private final Track track = new Track(conference, "Verwaltung", 1);

    @Test
    void aSessionDraftNamesEveryWrongField() {
        SessionDraft draft = new SessionDraft(" x ", null, null, null, " ", NOW, NOW.minusSeconds(60), 500, List.of());
        assertEquals(List.of("title", "summary", "kind", "track", "room", "endsAt", "capacity"),
                List.copyOf(draft.problems(conference).keySet()));
        assertTrue(new SessionDraft("Werkstatt", "Mitmachen", SessionKind.WORKSHOP, 1L, "Raum 1", NOW,
                NOW.plusSeconds(3600), null, List.of()).problems(conference).isEmpty(), "no limit of its own is fine");
    }

    @Test
    void seatsCannotFallBelowWhatIsGivenButMayGrow() {
        ConferenceSession session = new ConferenceSession(conference, track, SessionKind.WORKSHOP, "W", "…", "R", NOW,
                NOW.plusSeconds(3600), 2);
        session.takeSeat();
        session.takeSeat();
        SessionDraft smaller = new SessionDraft("Werkstatt", "…", SessionKind.WORKSHOP, 1L, "R", NOW,
                NOW.plusSeconds(3600), 1, List.of());
        assertEquals("conference.office.error.capacityBelowTaken",
                assertThrows(ChoiceRefused.class, () -> session.change(track, smaller, List.of(), NOW)).messageKey());
        session.change(track, new SessionDraft("Werkstatt", "…", SessionKind.WORKSHOP, 1L, "R", NOW,
                NOW.plusSeconds(3600), 3, List.of()), List.of(), NOW);
        assertTrue(session.hasRoom());

        conference.takeSeat();
        conference.takeSeat();
        ConferenceSettings tooSmall = new ConferenceSettings("Konferenz 2027", "…", "Ort", LocalDate.parse("2027-01-13"),
                LocalDate.parse("2027-01-14"), null, 1, NOW, NOW.plusSeconds(60), 48, "Einwilligung", 6, true);
        assertEquals("conference.settings.error.capacityBelowTaken",
                assertThrows(ChoiceRefused.class, () -> conference.change(tooSmall)).messageKey());
        RegistrationType type = new RegistrationType(conference, "participant", true, 5);
        type.takeSeat();
        assertThrows(ChoiceRefused.class, () -> type.change(0, NOW, NOW.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> type.change(5, NOW, NOW));
    }

    @Test
    void conferenceSettingsNameEveryWrongField() {
        ConferenceSettings bad = new ConferenceSettings("Kon", null, null, LocalDate.parse("2027-01-14"),
                LocalDate.parse("2027-01-13"), null, 0, NOW, NOW, 0, null, 61, false);
        assertEquals(List.of("title", "description", "venue", "endsOn", "capacity", "closesAt", "offerHours",
                "consentText", "retentionMonths"), List.copyOf(bad.problems().keySet()));
    }

    @Test
    void typedTextIsCleanedLikeEverywhereElseAndBlankIsNotGiven() {
        SessionDraft draft = new SessionDraft(" Werk\u0000statt ", "Erste Zeile\r\nzweite ", SessionKind.WORKSHOP, 1L,
                " \t", NOW, NOW.plusSeconds(3600), null, List.of());
        assertEquals("Werkstatt", draft.title());
        assertEquals("Erste Zeile\nzweite", draft.summary());
        assertEquals(null, draft.room());
        ConferenceSettings settings = new ConferenceSettings("Konferenz\u00072027", " ", "Ort", null, null, null, null,
                null, null, null, "Ich willige ein.", null, false);
        assertEquals("Konferenz2027", settings.title());
        assertEquals(null, settings.description());
    }
}

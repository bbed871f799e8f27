package de.mitwirken.conference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #24: what a change of a session tells whom, the overlap rule, and calling a session off. */
class SessionChangeRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private Conference conference;
    private RegistrationType participants;
    private Track track;
    private ConferenceSession workshop;
    private ConferenceSession panel;
    private ConferenceSession afternoon;
    private final List<Registration> registrations = new ArrayList<>();
    private long nextId = 100;

    @BeforeEach
    void setUp() {
        conference = new Conference("Konferenz", "…", "Ort", LocalDate.parse("2027-01-13"), LocalDate.parse("2027-01-14"),
                10, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), "Einwilligung", 6, NOW);
        EntityIds.assign(conference, 1L);
        participants = new RegistrationType(conference, "participant", true, 10);
        EntityIds.assign(participants, 1L);
        track = new Track(conference, "Verwaltung", 1);
        EntityIds.assign(track, 1L);
        workshop = session("10:00", "11:00", 1);
        panel = session("11:00", "12:00", null);
        afternoon = session("14:00", "15:00", null);
    }

    @Test
    void aChangeOfTimeRoomTitleOrSpeakersIsToldAndRaisesTheSequenceOnce() {
        SessionDraft moved = draft(workshop, "10:30", "11:30", "Raum");
        assertEquals(EnumSet.of(SessionAspect.TIME), workshop.aspectsChangedBy(moved, List.of()));
        assertEquals(EnumSet.of(SessionAspect.TIME), workshop.change(track, moved, List.of(), NOW));
        assertEquals(1, workshop.sequence());
        assertEquals(NOW, workshop.changedAt());
        assertEquals(EnumSet.of(SessionAspect.TIME), workshop.changedAspects());

        SessionDraft elsewhere = new SessionDraft("Neuer Titel", "…", SessionKind.WORKSHOP, 1L, "Saal 2",
                workshop.startsAt(), workshop.endsAt(), 1, List.of());
        assertEquals(EnumSet.of(SessionAspect.ROOM, SessionAspect.TITLE),
                workshop.change(track, elsewhere, List.of(), NOW.plusSeconds(60)));
        assertEquals(2, workshop.sequence(), "one step per change, not per aspect");
    }

    @Test
    void aChangeOfNothingPeoplePlannedAroundTellsNoOneAndKeepsTheSequence() {
        SessionDraft sameButMoreSeats = new SessionDraft(workshop.title(), "Neuer Text", SessionKind.TALK, 1L,
                workshop.room(), workshop.startsAt(), workshop.endsAt(), 5, List.of());
        assertTrue(workshop.change(track, sameButMoreSeats, List.of(), NOW).isEmpty());
        assertEquals(0, workshop.sequence());
        assertEquals(null, workshop.changedAt());
    }

    @Test
    void everyoneWithALiveChoiceIsToldOnceButNotThoseWhoLeftOrWereErased() {
        Registration seat = register("a@example.org", workshop);
        Registration waiting = register("b@example.org", workshop); // the one seat is taken: queue
        Registration dropped = register("c@example.org", workshop);
        dropped.drop(workshop.id(), NOW);
        Registration erased = register("d@example.org", workshop);
        erased.erasePersonalData();
        Registration cancelled = register("e@example.org", workshop);
        cancelled.cancel(NOW);
        register("f@example.org", panel); // not of this session

        SessionAudience audience = SessionAudience.of(workshop, choicesOf(workshop), workshop.startsAt(),
                workshop.endsAt());
        assertEquals(List.of(seat, waiting), audience.told().stream().map(Choice::registration).toList());
        assertEquals(ChoiceStatus.WAITLISTED, audience.told().get(1).status());
        assertEquals(0, audience.overlapping());
    }

    @Test
    void aMoveIntoAnotherHeldSessionIsAnOverlapForThosePeopleOnly() {
        Registration both = register("a@example.org", workshop, panel);
        Registration onlyPanel = register("b@example.org", panel);
        Registration panelAndAfternoon = register("c@example.org", panel, afternoon);
        Instant start = Instant.parse("2027-01-13T11:30:00Z");
        Instant end = Instant.parse("2027-01-13T12:30:00Z");

        SessionAudience audience = SessionAudience.of(panel, choicesOf(panel), start, end);
        assertEquals(3, audience.affected());
        assertEquals(0, audience.overlapping(), "11:30–12:30 touches neither 10–11 nor 14–15");

        SessionAudience into = SessionAudience.of(panel, choicesOf(panel), Instant.parse("2027-01-13T10:30:00Z"),
                Instant.parse("2027-01-13T11:30:00Z"));
        assertEquals(1, into.overlapping());
        Choice clashing = both.activeChoice(panel.id()).orElseThrow();
        assertEquals(List.of(workshop), into.overlapsOf(clashing));
        assertTrue(into.overlapsOf(onlyPanel.activeChoice(panel.id()).orElseThrow()).isEmpty());
        assertTrue(into.overlapsOf(panelAndAfternoon.activeChoice(panel.id()).orElseThrow()).isEmpty());
        assertTrue(SessionAudience.of(panel, choicesOf(panel), Instant.parse("2027-01-13T09:00:00Z"),
                Instant.parse("2027-01-13T10:00:00Z")).overlaps().isEmpty(), "back to back is no overlap");
    }

    @Test
    void aWaitingPlaceInTheOtherSessionIsNoOverlapOnlyAHeldSeatIs() {
        register("x@example.org", workshop); // takes the one seat
        Registration waits = register("a@example.org", workshop, afternoon);
        assertEquals(ChoiceStatus.WAITLISTED, waits.activeChoice(workshop.id()).orElseThrow().status());
        SessionAudience audience = SessionAudience.of(afternoon, choicesOf(afternoon), workshop.startsAt(),
                workshop.endsAt());
        assertEquals(0, audience.overlapping());
    }

    @Test
    void afterAMoveThePersonKeepsOneOfTheTwoAndTheOtherSeatComesFree() {
        Registration r = register("a@example.org", workshop, afternoon);
        afternoon.change(track, draft(afternoon, "10:30", "11:30", "Raum"), List.of(), NOW);
        assertThrows(ChoiceRefused.class, () -> r.keepOneOf(workshop.id(), panel.id(), NOW), "panel not chosen");
        assertTrue(r.keepOneOf(afternoon.id(), workshop.id(), NOW), "the workshop's seat comes free");
        assertEquals(0, workshop.taken());
        assertFalse(r.activeChoice(workshop.id()).isPresent());
        Registration other = register("b@example.org", workshop, panel);
        assertEquals("conference.error.noOverlap", assertThrows(ChoiceRefused.class,
                () -> other.keepOneOf(workshop.id(), panel.id(), NOW)).messageKey());
    }

    @Test
    void aCalledOffSessionHoldsNoSeatTakesNoneAndRefusesChanges() {
        Registration seat = register("a@example.org", workshop);
        Registration waiting = register("b@example.org", workshop);
        Instant later = NOW.plusSeconds(600);
        workshop.cancel(later);
        for (Choice c : choicesOf(workshop)) {
            c.cancel(later);
        }
        assertEquals(0, workshop.taken(), "counter = recount of held seats");
        assertEquals(1, workshop.sequence());
        assertFalse(workshop.hasRoom());
        assertEquals(0, workshop.free());
        assertTrue(seat.choices().get(0).endedByCancellation());
        assertTrue(waiting.choices().get(0).endedByCancellation());
        assertEquals("conference.error.sessionCancelled",
                assertThrows(ChoiceRefused.class, () -> register("c@example.org").choose(workshop, later)).messageKey());
        assertEquals("conference.office.error.sessionCancelled", assertThrows(ChoiceRefused.class,
                () -> workshop.change(track, draft(workshop, "12:00", "13:00", "Raum"), List.of(), later)).messageKey());
        assertThrows(ChoiceRefused.class, () -> workshop.cancel(later), "once");
        assertEquals("conference.error.sessionCancelled", draft("z@example.org", workshop.id())
                .problems(List.of(workshop), List.of()).get("sessions"));
    }

    @Test
    void aChoiceGivenUpBeforeTheCancellationWasNotEndedByIt() {
        Registration r = register("a@example.org", workshop);
        r.drop(workshop.id(), NOW);
        workshop.cancel(NOW.plus(Duration.ofHours(2)));
        assertFalse(r.choices().get(0).endedByCancellation());
    }

    @Test
    void aSessionsDoorAdmitsASeatOnceAndRefusesTheWaiting() {
        Registration seat = register("a@example.org", workshop);
        Registration waiting = register("b@example.org", workshop);
        Choice held = seat.activeChoice(workshop.id()).orElseThrow();
        Choice queued = waiting.activeChoice(workshop.id()).orElseThrow();
        held.checkIn(NOW, "door");
        assertEquals(NOW, held.checkedInAt());
        assertEquals(NOW, assertThrows(AlreadyCheckedIn.class, () -> held.checkIn(NOW.plusSeconds(5), "door")).firstAt(),
                "a second scan shows the first");
        assertEquals("conference.checkin.noSeat",
                assertThrows(ChoiceRefused.class, () -> queued.checkIn(NOW, "door")).messageKey());
        assertEquals("conference.checkin.noSeat", assertThrows(ChoiceRefused.class,
                () -> queued.admitWalkUp(NOW, "door")).messageKey(), "no seat is free: no walk-up");
    }

    @Test
    void noShowSeatsAreReleasedAfterTheGraceMinutesAndGoToAWalkUpAtTheDoor() {
        Registration present = register("a@example.org", afternoon);
        Registration absent = register("b@example.org", workshop);
        Registration waiting = register("c@example.org", workshop);
        Instant start = workshop.startsAt();
        assertFalse(workshop.noShowsReleasable(start.plusSeconds(14 * 60), 15));
        assertTrue(workshop.noShowsReleasable(start.plusSeconds(15 * 60), 15));
        assertFalse(workshop.noShowsReleasable(workshop.endsAt(), 15), "not once it is over");

        Choice gone = absent.activeChoice(workshop.id()).orElseThrow();
        gone.releaseAsNoShow(start.plusSeconds(15 * 60));
        assertEquals(ChoiceStatus.NO_SHOW, gone.status());
        assertFalse(gone.status().isActive());
        assertEquals(0, workshop.taken(), "the seat is free again");

        Choice walkUp = waiting.activeChoice(workshop.id()).orElseThrow();
        walkUp.admitWalkUp(start.plusSeconds(16 * 60), "door");
        assertEquals(ChoiceStatus.CONFIRMED, walkUp.status());
        assertTrue(walkUp.walkUp());
        assertEquals(start.plusSeconds(16 * 60), walkUp.checkedInAt(), "in the room at once");
        assertEquals(1, workshop.taken());

        Choice inRoom = present.activeChoice(afternoon.id()).orElseThrow();
        inRoom.checkIn(afternoon.startsAt(), "door");
        assertEquals("conference.checkin.present", assertThrows(ChoiceRefused.class,
                () -> inRoom.releaseAsNoShow(afternoon.startsAt().plusSeconds(3600))).messageKey());
        assertTrue(workshop.noShowsReleasable(start, 0), "with 0 minutes: from the start");
    }

    @Test
    void aCancelledEditionGivesNoCertificate() {
        Registration r = register("a@example.org", workshop);
        r.checkIn(NOW, "door");
        assertTrue(r.mayHaveCertificate());
        conference.cancel("Der Saal brennt nicht, aber er ist weg.", NOW);
        assertFalse(r.mayHaveCertificate());
        assertFalse(conference.registrationOpen(NOW));
        assertEquals("conference.settings.error.cancelled",
                assertThrows(ChoiceRefused.class, () -> conference.moveTo(conference.startsOn().plusDays(1))).messageKey());
    }

    @Test
    void aMovedEditionMovesItsSessionsAtTheSameLocalTimeAcrossSummerTime() {
        // 2027-03-25 10:00 in Berlin is CET (09:00 UTC); a week later it is CEST (08:00 UTC)
        ConferenceSession march = new ConferenceSession(conference, track, SessionKind.TALK, "März", "…", "Saal",
                Instant.parse("2027-03-25T09:00:00Z"), Instant.parse("2027-03-25T10:00:00Z"), null);
        EntityIds.assign(march, nextId++);
        march.shiftDays(7, NOW);
        assertEquals(Instant.parse("2027-04-01T08:00:00Z"), march.startsAt(), "10:00 local stays 10:00");
        assertEquals(1, march.sequence());
        assertEquals(EnumSet.of(SessionAspect.TIME), march.changedAspects());
        assertEquals(7, conference.moveTo(conference.startsOn().plusDays(7)));
        assertEquals(1, conference.sequence());
        assertEquals("conference.settings.error.moveSame",
                assertThrows(ChoiceRefused.class, () -> conference.moveTo(conference.startsOn())).messageKey());
        assertEquals("conference.settings.error.cancelReason",
                assertThrows(ChoiceRefused.class, () -> conference.cancel("  ", NOW)).messageKey());
    }

    private List<Choice> choicesOf(ConferenceSession s) {
        return registrations.stream().flatMap(r -> r.choices().stream())
                .filter(c -> c.session() == s && c.status().isActive()).toList();
    }

    private SessionDraft draft(ConferenceSession s, String from, String to, String room) {
        return new SessionDraft(s.title(), s.summary(), s.kind(), 1L, room, Instant.parse("2027-01-13T" + from + ":00Z"),
                Instant.parse("2027-01-13T" + to + ":00Z"), s.capacity(), List.of());
    }

    private Registration register(String email, ConferenceSession... sessions) {
        List<ConferenceSession> chosen = List.of(sessions);
        Registration r = Registration.register(conference, participants,
                draft(email, chosen.stream().map(ConferenceSession::id).toArray(Long[]::new)), chosen, null, true,
                "nonce-nonce-nonce-nonce-", NOW, Duration.ofHours(24), SeatClaims.IN_MEMORY);
        EntityIds.assign(r, nextId++);
        long choiceId = nextId * 10;
        for (Choice c : r.choices()) {
            EntityIds.assign(c, choiceId++);
        }
        registrations.add(r);
        return r;
    }

    private static RegistrationDraft draft(String email, Long... sessionIds) {
        return new RegistrationDraft("participant", "Alex Muster", email, null, AttendeeGroup.CITIZENS, null, null,
                Language.DE, true, List.of(sessionIds), Map.of());
    }

    private ConferenceSession session(String from, String to, Integer capacity) {
        ConferenceSession s = new ConferenceSession(conference, track, SessionKind.WORKSHOP, "Punkt " + from, "…",
                "Raum", Instant.parse("2027-01-13T" + from + ":00Z"), Instant.parse("2027-01-13T" + to + ":00Z"),
                capacity);
        EntityIds.assign(s, nextId++);
        return s;
    }
}

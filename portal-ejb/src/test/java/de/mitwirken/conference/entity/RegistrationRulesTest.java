package de.mitwirken.conference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seat rules of registrations and session choices, with a clock the test moves. */
class RegistrationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration CONFIRM = Duration.ofHours(24);

    private Conference conference;
    private RegistrationType participants;
    private ConferenceSession workshop;
    private ConferenceSession parallel;
    private ConferenceSession later;
    private long nextId = 100;

    @BeforeEach
    void setUp() {
        conference = new Conference("Konferenz", "…", "Ort", LocalDate.parse("2027-01-13"), LocalDate.parse("2027-01-14"),
                3, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), "Einwilligung", 6, NOW);
        EntityIds.assign(conference, 1L);
        participants = new RegistrationType(conference, "participant", true, 2);
        EntityIds.assign(participants, 1L);
        Track track = new Track(conference, "Verwaltung", 1);
        workshop = session(track, "10:00", "12:00", 1);
        parallel = session(track, "11:00", "12:30", 10);
        later = session(track, "12:00", "13:00", null);
    }

    @Test
    void registersWithSeatsWhileThereIsRoomAndWaitsInTheSessionQueueWhenItIsFull() {
        Registration first = register("a@example.org", workshop, later);
        Registration second = register("b@example.org", workshop);
        assertEquals(RegistrationStatus.CONFIRMED, first.status());
        assertEquals(ChoiceStatus.CONFIRMED, first.activeChoice(workshop.id()).orElseThrow().status());
        assertEquals(ChoiceStatus.CONFIRMED, first.activeChoice(later.id()).orElseThrow().status());
        assertEquals(ChoiceStatus.WAITLISTED, second.activeChoice(workshop.id()).orElseThrow().status());
        assertEquals(1, workshop.taken());
        assertEquals(2, conference.taken());
        assertEquals(2, participants.taken());
    }

    @Test
    void aFullTypeOrConferenceMakesTheRegistrationWaitAndItsSessionsWishes() {
        register("a@example.org");
        register("b@example.org");
        Registration third = register("c@example.org", workshop);
        assertEquals(RegistrationStatus.WAITLISTED, third.status(), "type quota of 2 is used up");
        assertEquals(ChoiceStatus.WISHED, third.activeChoice(workshop.id()).orElseThrow().status());
        assertEquals(0, workshop.taken(), "a wish holds no seat");
        assertEquals(2, conference.taken());
    }

    @Test
    void overlappingSessionsAreRefusedInTheFormAndWhenAdded() {
        RegistrationDraft draft = draft("a@example.org", workshop.id(), parallel.id());
        assertEquals("conference.error.overlap", draft.problems(List.of(workshop, parallel), List.of()).get("sessions"));
        assertTrue(draft("a@example.org", workshop.id(), later.id()).problems(List.of(workshop, later), List.of())
                .isEmpty(), "back to back is fine");
        Registration r = register("a@example.org", workshop);
        ChoiceRefused refused = assertThrows(ChoiceRefused.class, () -> r.choose(parallel, NOW));
        assertEquals("conference.error.overlap", refused.messageKey());
        assertEquals("conference.error.chosenAlready",
                assertThrows(ChoiceRefused.class, () -> r.choose(workshop, NOW)).messageKey());
    }

    @Test
    void aCancelledSeatIsOfferedAcceptedInTimeAndNeverCountedTwice() {
        Registration first = register("a@example.org", workshop);
        Registration second = register("b@example.org", workshop);
        assertTrue(first.drop(workshop.id(), NOW));
        assertEquals(0, workshop.taken());
        Choice waiting = second.activeChoice(workshop.id()).orElseThrow();
        waiting.offer(NOW.plus(Duration.ofHours(48)));
        assertEquals(1, workshop.taken(), "the offer holds the seat");
        assertThrows(SeatsTaken.class, workshop::takeSeat, "no second person gets the held seat");
        second.acceptSessionOffer(workshop.id(), NOW.plus(Duration.ofHours(47)));
        assertEquals(ChoiceStatus.CONFIRMED, waiting.status());
        assertEquals(1, workshop.taken());
    }

    @Test
    void anOfferThatRanOutCannotBeAcceptedAndGivesTheSeatBack() {
        Registration first = register("a@example.org", workshop);
        Registration second = register("b@example.org", workshop);
        first.drop(workshop.id(), NOW);
        Choice waiting = second.activeChoice(workshop.id()).orElseThrow();
        waiting.offer(NOW.plus(Duration.ofHours(48)));
        Instant late = NOW.plus(Duration.ofHours(48));
        assertTrue(waiting.offerOverdue(late));
        assertThrows(OfferExpired.class, () -> second.acceptSessionOffer(workshop.id(), late));
        waiting.expire(late);
        assertEquals(ChoiceStatus.EXPIRED, waiting.status());
        assertEquals(0, workshop.taken());
    }

    @Test
    void aConferencePlaceOfferedAndAcceptedTurnsWishesIntoSeats() {
        Registration a = register("a@example.org");
        register("b@example.org");
        Registration waiting = register("c@example.org", workshop);
        a.cancel(NOW);
        assertEquals(1, participants.taken());
        waiting.offer(NOW.plus(Duration.ofHours(48)));
        assertEquals(RegistrationStatus.OFFERED, waiting.status());
        assertEquals(2, participants.taken());
        waiting.acceptOffer(NOW.plus(Duration.ofHours(1)));
        assertEquals(RegistrationStatus.CONFIRMED, waiting.status());
        assertEquals(ChoiceStatus.CONFIRMED, waiting.activeChoice(workshop.id()).orElseThrow().status());
        assertEquals(1, workshop.taken());
    }

    @Test
    void aGuestWhoDoesNotConfirmInTimeLosesThePlaceAndItsSeats() {
        Registration guest = register("a@example.org", workshop);
        assertFalse(guest.addressConfirmed());
        Instant overdue = NOW.plus(CONFIRM);
        assertTrue(guest.confirmationOverdue(overdue));
        assertThrows(IllegalStateException.class, () -> guest.confirmAddress(overdue));
        List<ConferenceSession> freed = guest.expireUnconfirmed(overdue);
        assertEquals(List.of(workshop), freed);
        assertEquals(RegistrationStatus.EXPIRED, guest.status());
        assertEquals(0, workshop.taken());
        assertEquals(0, conference.taken());
        assertEquals(0, participants.taken());
    }

    @Test
    void aTicketIsCheckedInOnceAndOnlyWithAConfirmedPlaceAndAddress() {
        Registration guest = register("a@example.org");
        assertEquals("conference.checkin.notConfirmed",
                assertThrows(ChoiceRefused.class, () -> guest.checkIn(NOW, "organizer")).messageKey());
        guest.confirmAddress(NOW);
        guest.checkIn(NOW, "organizer");
        assertTrue(guest.mayHaveCertificate());
        AlreadyCheckedIn again = assertThrows(AlreadyCheckedIn.class,
                () -> guest.checkIn(NOW.plusSeconds(60), "organizer2"));
        assertEquals(NOW, again.firstAt());
        assertEquals("organizer", again.firstBy());
    }

    @Test
    void emptyAnswersOfTheFormAreNoAnswers() {
        java.util.Map<Long, String> answers = new java.util.HashMap<>();
        answers.put(7L, null);
        answers.put(8L, " Über die Zeitung ");
        RegistrationDraft draft = new RegistrationDraft("participant", "Alex", "a@example.org", null,
                AttendeeGroup.CITIZENS, null, null, Language.DE, true, null, answers);
        assertEquals(Map.of(8L, "Über die Zeitung"), draft.cleanAnswers());
    }

    @Test
    void typedDataIsCleanedAndTheAddressLowerCase() {
        RegistrationDraft draft = new RegistrationDraft("participant", " Alex\u0000 Muster ", " A@Example.ORG ", " ",
                AttendeeGroup.CITIZENS, "Rampe\r\nbitte", null, Language.DE, true, null, Map.of(8L, "Zeitung\u001b"));
        assertEquals("Alex Muster", draft.name());
        assertEquals("a@example.org", draft.email());
        assertEquals(null, draft.organisation());
        assertEquals("Rampe\nbitte", draft.accessibilityNeeds());
        assertEquals(Map.of(8L, "Zeitung"), draft.cleanAnswers());
    }

    @Test
    void personalDataIsKeptForTheConferencesPeriodThenErasedLeavingTheNumbers() {
        assertEquals(LocalDate.parse("2027-07-14"), conference.keepPersonalDataUntil(), "six months after it ends");
        Registration r = register("a@example.org", workshop);
        r.erasePersonalData();
        assertTrue(r.erased());
        assertEquals("erased-" + r.id() + "@invalid.example", r.email());
        assertEquals(RegistrationStatus.CONFIRMED, r.status(), "the registration still counts");
        assertEquals(1, workshop.taken());
    }

    private Registration register(String email, ConferenceSession... sessions) {
        List<ConferenceSession> chosen = List.of(sessions);
        Registration r = Registration.register(conference, participants,
                draft(email, chosen.stream().map(ConferenceSession::id).toArray(Long[]::new)), chosen, null, false,
                "nonce-nonce-nonce-nonce-", NOW, CONFIRM, SeatClaims.IN_MEMORY);
        EntityIds.assign(r, nextId++);
        long choiceId = nextId * 10;
        for (Choice c : r.choices()) {
            EntityIds.assign(c, choiceId++);
        }
        return r;
    }

    private static RegistrationDraft draft(String email, Long... sessionIds) {
        return new RegistrationDraft("participant", "Alex Muster", email, null, AttendeeGroup.CITIZENS, null, null,
                Language.DE, true, List.of(sessionIds), Map.of());
    }

    private ConferenceSession session(Track track, String from, String to, Integer capacity) {
        ConferenceSession s = new ConferenceSession(conference, track, SessionKind.WORKSHOP, from, "…", "Raum",
                Instant.parse("2027-01-13T" + from + ":00Z"), Instant.parse("2027-01-13T" + to + ":00Z"), capacity);
        EntityIds.assign(s, nextId++);
        return s;
    }
}

package de.mitwirken.conference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.mitwirken.platform.entity.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new registration asks its seats of {@link SeatClaims} (the database's conditional updates in the
 * application): what it asks, in which order, and what it makes of the answers.
 */
class RegistrationClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private Conference conference;
    private RegistrationType participants;
    private ConferenceSession late;
    private ConferenceSession early;

    /** Answers from fixed sets and writes down what was asked. */
    private static final class Recorded implements SeatClaims {
        final boolean place;
        final Set<Long> fullSessions;
        final List<String> asked = new ArrayList<>();

        Recorded(boolean place, Long... fullSessions) {
            this.place = place;
            this.fullSessions = Set.of(fullSessions);
        }

        @Override
        public boolean place(Conference c, RegistrationType t) {
            asked.add("place " + c.id() + "/" + t.code());
            return place;
        }

        @Override
        public boolean seat(ConferenceSession s) {
            asked.add("seat " + s.id());
            return !fullSessions.contains(s.id());
        }
    }

    @BeforeEach
    void setUp() {
        conference = new Conference("Konferenz", "…", "Ort", LocalDate.parse("2027-01-13"), LocalDate.parse("2027-01-14"),
                3, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), "Einwilligung", 6, NOW);
        EntityIds.assign(conference, 1L);
        participants = new RegistrationType(conference, "participant", true, 2);
        EntityIds.assign(participants, 1L);
        Track track = new Track(conference, "Verwaltung", 1);
        // ids against the order of the form: the claims must still go by id
        late = session(track, 7L, "14:00", "15:00");
        early = session(track, 9L, "10:00", "11:00");
    }

    @Test
    void aPlaceIsClaimedFirstThenTheSessionsInOrderOfIdAndAFullOneIsQueued() {
        Recorded claims = new Recorded(true, 9L);
        Registration r = register(claims, early, late);
        assertEquals(List.of("place 1/participant", "seat 7", "seat 9"), claims.asked);
        assertEquals(RegistrationStatus.CONFIRMED, r.status());
        assertEquals(ChoiceStatus.CONFIRMED, r.activeChoice(7L).orElseThrow().status());
        assertEquals(ChoiceStatus.WAITLISTED, r.activeChoice(9L).orElseThrow().status());
        assertEquals(0, conference.taken() + participants.taken() + late.taken() + early.taken(),
                "the counters are the database's: the entities' copies stay as read");
    }

    @Test
    void withoutAPlaceNoSessionSeatIsAskedForAndTheSessionsAreOnlyWished() {
        Recorded claims = new Recorded(false);
        Registration r = register(claims, early, late);
        assertEquals(List.of("place 1/participant"), claims.asked);
        assertEquals(RegistrationStatus.WAITLISTED, r.status());
        assertEquals(List.of(ChoiceStatus.WISHED, ChoiceStatus.WISHED), r.choices().stream().map(Choice::status).toList());
    }

    @Test
    void inMemoryClaimsGiveAPlaceOnlyWhenConferenceAndTypeHaveRoom() {
        participants.change(1, participants.opensAt(), participants.closesAt());
        assertEquals(RegistrationStatus.CONFIRMED, register(SeatClaims.IN_MEMORY).status());
        assertEquals(RegistrationStatus.WAITLISTED, register(SeatClaims.IN_MEMORY).status(), "the type is full");
        assertEquals(1, conference.taken(), "the conference's place is not taken for a full type");
        assertEquals(1, participants.taken());
    }

    private Registration register(SeatClaims claims, ConferenceSession... sessions) {
        List<ConferenceSession> chosen = List.of(sessions);
        RegistrationDraft draft = new RegistrationDraft("participant", "Alex Muster", "a@example.org", null,
                AttendeeGroup.CITIZENS, null, null, Language.DE, true, chosen.stream().map(ConferenceSession::id).toList(),
                Map.of());
        return Registration.register(conference, participants, draft, chosen, null, false, "nonce-nonce-nonce-nonce-",
                NOW, Duration.ofHours(24), claims);
    }

    private ConferenceSession session(Track track, long id, String from, String to) {
        ConferenceSession s = new ConferenceSession(conference, track, SessionKind.WORKSHOP, from, "…", "Raum",
                Instant.parse("2027-01-13T" + from + ":00Z"), Instant.parse("2027-01-13T" + to + ":00Z"), 5);
        EntityIds.assign(s, id);
        return s;
    }
}

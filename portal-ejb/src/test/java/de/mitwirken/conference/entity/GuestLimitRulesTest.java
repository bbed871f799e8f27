package de.mitwirken.conference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GuestLimitRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final Conference conference = new Conference("Konferenz", "…", "Ort", LocalDate.parse("2027-01-13"),
            LocalDate.parse("2027-01-14"), 100, NOW, NOW.plus(Duration.ofDays(30)), "Einwilligung", 6, NOW);

    @Test
    void anEditionStartsWithThePortalsDefaultsAndTheOrganisersSetTheirOwn() {
        assertNull(conference.guestLimitAddress());
        conference.limitGuests(2, 15, 400);
        assertEquals(2, conference.guestLimitAddress());
        assertEquals(15, conference.guestLimitNetwork());
        assertEquals(400, conference.guestLimitTotal());
        conference.limitGuests(null, 15, null);
        assertNull(conference.guestLimitAddress(), "an empty field goes back to the default");
        assertNull(conference.guestLimitTotal());
    }

    @Test
    void aLimitBelowOneOrAboveTheMaximumIsRefusedAtItsFieldAndNothingChanges() {
        conference.limitGuests(3, 20, 500);
        ChoiceRefused zero = assertThrows(ChoiceRefused.class, () -> conference.limitGuests(3, 0, 500));
        assertEquals("conference.settings.error.guestLimit", zero.messageKey());
        assertEquals("guestLimitNetwork", zero.reason().field());
        assertThrows(ChoiceRefused.class, () -> conference.limitGuests(3, 20, Conference.MAX_GUEST_LIMIT + 1));
        assertEquals(20, conference.guestLimitNetwork());
        assertEquals(500, conference.guestLimitTotal());
    }
}

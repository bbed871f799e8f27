package de.mitwirken.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of calls, applications and memberships, without a database. */
class BoardMembershipRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String MOTIVATION = "Ich möchte die Erfahrung unseres Lehrstuhls für Verkehrsplanung in die Strategie einbringen.";

    private static CallDraft callDraft(Map<Constituency, Integer> seats) {
        return new CallDraft("Beirat 2026–2029", "Wir suchen Menschen, die die Digitalstrategie begleiten.",
                TODAY.minusDays(1), TODAY.plusDays(30), 36, seats);
    }

    private static BoardCall call() {
        Map<Constituency, Integer> seats = new EnumMap<>(Constituency.class);
        seats.put(Constituency.BUSINESS, 3);
        seats.put(Constituency.SCIENCE, 2);
        seats.put(Constituency.CIVIL_SOCIETY, 3);
        seats.put(Constituency.ADMINISTRATION, 0);
        return BoardCall.open(callDraft(seats), "strategie", NOW);
    }

    private static ApplicationDraft science() {
        return new ApplicationDraft(Constituency.SCIENCE, 3L, Set.of(StrategyField.MOBILITY),
                MOTIVATION, false, null, true);
    }

    @Test
    void aCallNeedsATitleADescriptionAPeriodATermAndAtLeastOneSeat() {
        assertTrue(callDraft(Map.of(Constituency.BUSINESS, 1, Constituency.SCIENCE, 0, Constituency.CIVIL_SOCIETY, 0,
                Constituency.ADMINISTRATION, 0)).problems(TODAY).isEmpty());
        Map<String, String> none = callDraft(Map.of(Constituency.BUSINESS, 0, Constituency.SCIENCE, 0,
                Constituency.CIVIL_SOCIETY, 0, Constituency.ADMINISTRATION, 0)).problems(TODAY);
        assertEquals(Map.of("seatsBUSINESS", "board.error.call.noSeats"), none);
        Map<String, String> bad = new CallDraft("Kurz".substring(0, 3), "zu kurz", TODAY, TODAY.minusDays(1), 3,
                Map.of(Constituency.BUSINESS, 31)).problems(TODAY);
        assertEquals(Set.of("title", "description", "closesOn", "termMonths", "seatsBUSINESS", "seatsSCIENCE",
                "seatsCIVIL_SOCIETY", "seatsADMINISTRATION"), bad.keySet());
    }

    @Test
    void aCallIsOpenFromItsFirstToItsLastDay() {
        BoardCall call = call();
        assertTrue(call.isOpenOn(TODAY.minusDays(1)));
        assertTrue(call.isOpenOn(TODAY.plusDays(30)));
        assertFalse(call.isOpenOn(TODAY.plusDays(31)));
        assertFalse(call.isOpenOn(TODAY.minusDays(2)));
        assertTrue(call.offers(Constituency.SCIENCE));
        assertFalse(call.offers(Constituency.ADMINISTRATION), "a constituency with 0 seats is not offered");
    }

    @Test
    void anApplicationNeedsAnOfferedConstituencyExpertiseMotivationAndAnExplicitDeclaration() {
        BoardCall call = call();
        assertTrue(science().problems(call).isEmpty());
        ApplicationDraft empty = new ApplicationDraft(Constituency.ADMINISTRATION, null, Set.of(), "kurz", null, null, false);
        assertEquals(Set.of("constituency", "organisation", "expertise", "motivation", "hasConflicts"),
                empty.problems(call).keySet());
        ApplicationDraft conflictsUndescribed = new ApplicationDraft(Constituency.CIVIL_SOCIETY, null,
                Set.of(StrategyField.SOCIETY), MOTIVATION, true, " ", false);
        assertEquals(Set.of("conflictDetails"), conflictsUndescribed.problems(call).keySet(),
                "civil society may apply without an organisation, but declared conflicts must be described");
    }

    @Test
    void anApplicationIsShortlistedThenAdmittedForTheCallsTerm() {
        BoardApplication application = BoardApplication.submit(call(), 7L, science(), "Hochschule Musterstadt", NOW, TODAY);
        assertEquals(ApplicationStatus.SUBMITTED, application.status());
        application.shortlist("vorsitz", NOW);
        assertThrows(IllegalStateException.class, () -> application.shortlist("vorsitz", NOW));
        BoardMember member = application.admit("vorsitz", NOW, TODAY);
        assertEquals(ApplicationStatus.ADMITTED, application.status());
        assertEquals(TODAY, member.termStart());
        assertEquals(TODAY.plusMonths(36), member.termEnd());
        assertEquals(BoardRole.MEMBER, member.role());
        assertTrue(member.isActiveOn(TODAY));
        assertFalse(member.isActiveOn(TODAY.plusMonths(36)), "the term ends on its last day");
        assertThrows(IllegalStateException.class, () -> application.reject("Zu spät entschieden.", "vorsitz", NOW));
        assertThrows(IllegalStateException.class, () -> application.withdraw(NOW));
    }

    @Test
    void aRejectionNeedsAReasonAndNoApplicationToAClosedCall() {
        BoardApplication application = BoardApplication.submit(call(), 7L, science(), "Hochschule Musterstadt", NOW, TODAY);
        assertThrows(IllegalArgumentException.class, () -> application.reject("  kurz ", "vorsitz", NOW));
        assertEquals(ApplicationStatus.SUBMITTED, application.status());
        application.reject("Alle Sitze der Wissenschaft sind besetzt.", "vorsitz", NOW);
        assertEquals(ApplicationStatus.REJECTED, application.status());
        assertThrows(IllegalStateException.class, () -> application.admit("vorsitz", NOW, TODAY));
        assertThrows(IllegalStateException.class,
                () -> BoardApplication.submit(call(), 8L, science(), "Hochschule Musterstadt", NOW, TODAY.plusDays(31)));
    }

    @Test
    void aMembershipEndsOnceWithADateAndAReason() {
        BoardMember member = BoardApplication.submit(call(), 7L, science(), "Hochschule Musterstadt", NOW, TODAY).admit("vorsitz", NOW, TODAY);
        member.assignRole(BoardRole.CHAIR, TODAY);
        LocalDate later = TODAY.plusMonths(6);
        assertThrows(IllegalArgumentException.class, () -> member.cease(later.plusDays(1), "Umzug", later));
        assertThrows(IllegalArgumentException.class, () -> member.cease(later.minusDays(91), "Umzug", later));
        assertThrows(IllegalArgumentException.class, () -> member.cease(later, "", later));
        member.cease(later.minusDays(3), "Umzug in eine andere Stadt", later);
        assertEquals(later.minusDays(3), member.ceasedOn());
        assertEquals(BoardRole.MEMBER, member.role(), "a former chair holds no role");
        assertFalse(member.isActiveOn(later));
        assertTrue(member.isActiveOn(later.minusDays(4)));
        assertThrows(IllegalStateException.class, () -> member.cease(later, "noch einmal", later));
        assertThrows(IllegalStateException.class, () -> member.assignRole(BoardRole.CHAIR, later));
    }

    @Test
    void deletingTheAccountWithdrawsAnOpenApplicationAndErasesTheApplicantsWords() {
        BoardApplication application = BoardApplication.submit(call(), 7L, new ApplicationDraft(Constituency.BUSINESS,
                4L, Set.of(StrategyField.ADMINISTRATION), MOTIVATION, true,
                "Wir haben einen Rahmenvertrag mit der Stadt.", true), "Muster GmbH", NOW, TODAY);
        application.erasePersonalText("–", NOW);
        assertEquals(ApplicationStatus.WITHDRAWN, application.status());
        assertEquals("–", application.motivation());
        assertEquals("–", application.conflictDetails());
        assertFalse(application.publicListing());
        assertNull(application.reason());
    }

    @Test
    void expertiseIsStoredAsOneSortedColumn() {
        FieldSetConverter converter = new FieldSetConverter();
        String column = converter.convertToDatabaseColumn(Set.of(StrategyField.SOCIETY, StrategyField.MOBILITY));
        assertEquals(Set.of(StrategyField.SOCIETY, StrategyField.MOBILITY), converter.convertToEntityAttribute(column));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }
}

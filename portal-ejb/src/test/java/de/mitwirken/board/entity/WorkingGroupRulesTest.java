package de.mitwirken.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Refusal;
import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the board's working groups, without a database. */
class WorkingGroupRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String MANDATE = "Die AG bereitet Empfehlungen zu offenen Daten der Stadt vor.";

    private static BoardMember member(long applicant) {
        Map<Constituency, Integer> seats = new EnumMap<>(Constituency.class);
        seats.put(Constituency.SCIENCE, 5);
        BoardCall call = BoardCall.open(new CallDraft("Beirat 2026–2029", "Wir suchen Menschen, die die Strategie begleiten.",
                TODAY.minusDays(1), TODAY.plusDays(30), 36, seats), "strategie", NOW);
        ApplicationDraft draft = new ApplicationDraft(Constituency.SCIENCE, 3L,
                Set.of(StrategyField.MOBILITY), "Ich möchte die Erfahrung unseres Lehrstuhls in die Strategie einbringen.",
                false, null, true);
        return BoardApplication.submit(call, applicant, draft, "Hochschule Musterstadt", NOW, TODAY).admit("strategie", NOW, TODAY);
    }

    private static WorkingGroup group(String name) {
        return WorkingGroup.define(name, MANDATE, List.of(), TODAY);
    }

    private static String field(RuntimeException e) {
        return ((Refusal) e).field();
    }

    private static String key(RuntimeException e) {
        return ((Refusal) e).messageKey();
    }

    @Test
    void aGroupNeedsANameAndAMandateBothCleaned() {
        WorkingGroup g = WorkingGroup.define("  AG   Offene Daten ", " " + MANDATE + " ", List.of(), TODAY);
        assertEquals("AG Offene Daten", g.name());
        assertEquals(MANDATE, g.mandate());
        assertEquals(TODAY, g.definedOn());
        assertTrue(g.isActive());
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> WorkingGroup.define(" A ", MANDATE, List.of(), TODAY));
        assertEquals("name", field(noName));
        assertEquals("board.error.group.name", key(noName));
        assertEquals("name", field(assertThrows(IllegalArgumentException.class,
                () -> WorkingGroup.define("x".repeat(121), MANDATE, List.of(), TODAY))));
        IllegalArgumentException shortMandate = assertThrows(IllegalArgumentException.class,
                () -> WorkingGroup.define("AG Offene Daten", "kurz", List.of(), TODAY));
        assertEquals("mandate", field(shortMandate));
        assertEquals("board.error.group.mandate", key(shortMandate));
        assertEquals("mandate", field(assertThrows(IllegalArgumentException.class,
                () -> WorkingGroup.define("AG Offene Daten", null, List.of(), TODAY))));
    }

    @Test
    void theNameIsUniqueAmongActiveGroupsIgnoringCaseButADissolvedGroupsNameIsFree() {
        WorkingGroup open = group("AG Offene Daten");
        IllegalStateException taken = assertThrows(IllegalStateException.class,
                () -> WorkingGroup.define("ag offene daten", MANDATE, List.of(open), TODAY));
        assertEquals("name", field(taken));
        assertEquals("board.error.group.nameTaken", key(taken));
        open.dissolve(TODAY);
        assertEquals("AG Offene Daten", WorkingGroup.define("AG Offene Daten", MANDATE, List.of(open), TODAY).name());
    }

    @Test
    void renamingChecksTheSameRulesAndKeepsTheOwnName() {
        WorkingGroup a = group("AG Offene Daten");
        WorkingGroup b = group("AG Digitale Bildung");
        a.rename("AG Offene Daten", "Ein neuer Auftrag für die Arbeitsgruppe.", List.of(a, b));
        assertEquals("Ein neuer Auftrag für die Arbeitsgruppe.", a.mandate());
        IllegalStateException clash = assertThrows(IllegalStateException.class,
                () -> a.rename("AG DIGITALE BILDUNG", MANDATE, List.of(a, b)));
        assertEquals("board.error.group.nameTaken", key(clash));
        assertEquals("AG Offene Daten", a.name(), "a refused rename changes nothing");
        assertThrows(IllegalArgumentException.class, () -> a.rename("AG Offene Daten", "", List.of(a, b)));
        assertEquals("Ein neuer Auftrag für die Arbeitsgruppe.", a.mandate());
    }

    @Test
    void onlyMembersOfACurrentTermJoinAndEachOnlyOnce() {
        WorkingGroup g = group("AG Offene Daten");
        BoardMember member = member(7);
        WorkingGroupMember joined = g.addMember(member, TODAY, NOW);
        assertSame(member, joined.member());
        assertEquals(TODAY, joined.joinedOn());
        assertEquals(member.termEnd(), joined.endsOn());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> g.addMember(member, TODAY, NOW));
        assertEquals("member", field(twice));
        assertEquals("board.error.group.memberAlready", key(twice));

        BoardMember ended = member(8);
        ended.cease(TODAY, "Umzug in eine andere Stadt.", TODAY);
        IllegalArgumentException notCurrent = assertThrows(IllegalArgumentException.class,
                () -> g.addMember(ended, TODAY, NOW));
        assertEquals("board.error.group.notCurrent", key(notCurrent));
        assertEquals("member", field(notCurrent));
        BoardMember future = member(9);
        assertThrows(IllegalArgumentException.class, () -> g.addMember(future, TODAY.minusDays(1), NOW),
                "before the term starts the member is not current");
        assertThrows(IllegalArgumentException.class, () -> g.addMember(null, TODAY, NOW));
        assertEquals(1, g.members().size());
    }

    @Test
    void aMemberLeavesAndMayJoinAgainButOneNotInTheGroupCannotLeave() {
        WorkingGroup g = group("AG Offene Daten");
        BoardMember member = member(7);
        WorkingGroupMember first = g.addMember(member, TODAY, NOW);
        assertSame(first, g.removeMember(member, NOW));
        assertTrue(g.members().isEmpty());
        IllegalArgumentException notIn = assertThrows(IllegalArgumentException.class, () -> g.removeMember(member, NOW));
        assertEquals("board.error.group.notInGroup", key(notIn));
        g.addMember(member, TODAY, NOW);
        assertEquals(1, g.members().size());
    }

    @Test
    void aDissolvedGroupTakesNoChangesAndKeepsItsMembersUntilItsEnd() {
        WorkingGroup g = group("AG Offene Daten");
        BoardMember member = member(7);
        WorkingGroupMember joined = g.addMember(member, TODAY, NOW);
        assertNull(g.dissolvedOn());
        g.dissolve(TODAY.plusDays(10));
        assertFalse(g.isActive());
        assertEquals(TODAY.plusDays(10), g.dissolvedOn());
        assertEquals(TODAY.plusDays(10), joined.endsOn(), "the group ends before the member's term");
        assertEquals(1, g.members().size());
        for (Runnable change : List.<Runnable>of(() -> g.addMember(member(8), TODAY, NOW),
                () -> g.removeMember(member, NOW), () -> g.rename("AG Neu", MANDATE, List.of()),
                () -> g.dissolve(TODAY))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, change::run);
            assertEquals("board.error.group.dissolved", key(refused));
            assertNull(field(refused));
        }
        assertEquals(TODAY.plusDays(10), g.dissolvedOn());
    }

    @Test
    void theAuditStateNamesTheGroupsContent() {
        WorkingGroup g = group("AG Offene Daten");
        g.addMember(member(7), TODAY, NOW);
        Map<String, Object> state = g.auditState();
        assertEquals("AG Offene Daten", state.get("name"));
        assertEquals(MANDATE, state.get("mandate"));
        assertEquals(1, ((List<?>) state.get("members")).size());
    }
}

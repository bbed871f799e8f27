package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.strategy.StrategyField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of planning an item after creating it: edit, budget, contact, milestones, progress, the public changes. */
class ItemPlanningRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static BacklogItem item() {
        BacklogItem item = BacklogItem.propose(new ItemDraft("Digitale Schulanmeldung", "Anmeldung online.",
                Set.of(StrategyField.SOCIETY), "Schulamt", Horizon.LONG_2030, null, null, Set.of()), "office", NOW);
        item.takeChanges();
        return item;
    }

    private static ItemEdit edit(String title, LocalDate start, LocalDate end, String planned, String spent,
                                 String name, String email, String phone) {
        return new ItemEdit(title, "Anmeldung online, auch mit Zeugnis.", Set.of(StrategyField.SOCIETY,
                StrategyField.ADMINISTRATION), "Schulamt", Horizon.LONG_2030, start, end,
                planned == null ? null : new BigDecimal(planned), spent == null ? null : new BigDecimal(spent), name, email, phone);
    }

    private static ItemEdit good() {
        return edit("Digitale Schulanmeldung und Fahrkarte", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29),
                "120000.5", "0", "Schulamt, Team Anmeldung", "Schulamt@Musterstadt.example", null);
    }

    private static Map<HistoryField, PublicChange> byField(List<PublicChange> changes) {
        return changes.stream().collect(java.util.stream.Collectors.toMap(PublicChange::field, c -> c));
    }

    @Test
    void anEditChangesWhatWasCreatedAndNotesEachPublicChangeOnce() {
        BacklogItem item = item();
        item.edit(good());
        assertEquals("Digitale Schulanmeldung und Fahrkarte", item.title());
        assertEquals(Set.of(StrategyField.SOCIETY, StrategyField.ADMINISTRATION), item.fields());
        assertEquals(new BigDecimal("120000.50"), item.budgetPlanned());
        assertEquals(new BigDecimal("0.00"), item.budgetSpent());
        assertEquals("schulamt@musterstadt.example", item.contactEmail(), "the address is kept in lower case");
        Map<HistoryField, PublicChange> changes = byField(item.takeChanges());
        assertEquals(Set.of(HistoryField.TITLE, HistoryField.DESCRIPTION, HistoryField.FIELDS, HistoryField.START_DATE,
                HistoryField.END_DATE, HistoryField.BUDGET_PLANNED, HistoryField.BUDGET_SPENT, HistoryField.CONTACT),
                changes.keySet(), "owner and horizon did not change");
        assertEquals("Digitale Schulanmeldung", changes.get(HistoryField.TITLE).oldValue());
        assertEquals("ADMINISTRATION,SOCIETY", changes.get(HistoryField.FIELDS).newValue());
        assertEquals("SOCIETY", changes.get(HistoryField.FIELDS).oldValue());
        assertNull(changes.get(HistoryField.START_DATE).oldValue());
        assertEquals("2027-01-01", changes.get(HistoryField.START_DATE).newValue());
        assertEquals("120000.50", changes.get(HistoryField.BUDGET_PLANNED).newValue());
        assertEquals("Schulamt, Team Anmeldung, schulamt@musterstadt.example", changes.get(HistoryField.CONTACT).newValue());
        assertTrue(item.takeChanges().isEmpty(), "taken once");

        item.edit(good());
        assertTrue(item.takeChanges().isEmpty(), "the same values again change nothing");
        item.edit(edit("Digitale Schulanmeldung und Fahrkarte", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29),
                "120000.50", "0.00", "Schulamt, Team Anmeldung", "schulamt@musterstadt.example", null));
        assertTrue(item.takeChanges().isEmpty(), "5 and 5.00 are the same budget");
    }

    @Test
    void anEditNamesEveryBadFieldAndTheItemRefusesIt() {
        ItemEdit bad = edit("Kurz", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1), "-1", "120.000", null, "x@y", "12");
        assertEquals(Set.of("title", "endDate", "budgetPlanned", "budgetSpent", "contactEmail", "contactPhone", "contactName"),
                bad.problems().keySet());
        assertEquals("backlog.edit.error.contactNameMissing", bad.problems().get("contactName"));
        assertEquals("backlog.error.endBeforeStart", bad.problems().get("endDate"));
        BacklogItem item = item();
        assertThrows(IllegalArgumentException.class, () -> item.edit(bad));
        assertEquals("Digitale Schulanmeldung", item.title(), "nothing changed");
        assertTrue(item.takeChanges().isEmpty());

        assertEquals(Map.of("contactEmail", "backlog.edit.error.contactReach"),
                edit("Digitale Schulanmeldung", null, null, null, null, "Schulamt", null, null).problems(),
                "a contact without address or number");
        assertTrue(edit("Digitale Schulanmeldung", null, null, null, null, "Schulamt", null, "+49 (0)123 4567-12").problems()
                .isEmpty(), "a phone number as people write it");
        assertTrue(edit("Digitale Schulanmeldung", null, null, "9999999999.99", "5E+3", null, null, null).problems().isEmpty());
        assertEquals(Set.of("budgetPlanned"), edit("Digitale Schulanmeldung", null, null, "10000000000", null, null, null,
                null).problems().keySet(), "too large for DECIMAL(12,2)");
    }

    @Test
    void aFinalItemChangesNoMore() {
        BacklogItem item = item();
        Milestone milestone = item.addMilestone(new MilestoneDraft("Ausschreibung", null, LocalDate.of(2027, 3, 1)));
        item.drop("Der Rat hat das Vorhaben zurückgestellt.");
        assertThrows(IllegalStateException.class, () -> item.edit(good()));
        assertThrows(IllegalStateException.class, () -> item.addMilestone(new MilestoneDraft("Vergabe", null, TODAY)));
        assertThrows(IllegalStateException.class, () -> item.chooseProgressMode(ProgressMode.MILESTONES));
        assertThrows(IllegalStateException.class, () -> item.completeMilestone(milestone, TODAY));
        assertThrows(IllegalStateException.class, () -> item.moveMilestone(milestone,
                new DateMove(LocalDate.of(2027, 6, 1), "Die Vergabe dauert länger."), TODAY, NOW));
        assertThrows(IllegalStateException.class, () -> item.describeMilestone(milestone,
                new MilestoneDraft("Neue Ausschreibung", null, null)));
        assertThrows(IllegalStateException.class, () -> item.recordProgress(10));
        assertFalse(milestone.done());
    }

    @Test
    void milestonesKeepTheOrderTheOfficeSetsNotTheOrderOfTheirDates() {
        BacklogItem item = item();
        Milestone late = item.addMilestone(new MilestoneDraft("Rollout", null, LocalDate.of(2028, 1, 1)));
        Milestone early = item.addMilestone(new MilestoneDraft("Pilot", null, LocalDate.of(2027, 1, 1)));
        Milestone middle = item.addMilestone(new MilestoneDraft("Auswertung", null, LocalDate.of(2027, 6, 1)));
        assertEquals(List.of(late, early, middle), item.milestones(), "in the order added");
        assertEquals(List.of(1, 2, 3), item.milestones().stream().map(Milestone::position).toList());

        item.reorderMilestone(early, true);
        item.reorderMilestone(middle, true);
        assertEquals(List.of(early, middle, late), item.milestones());
        assertEquals(List.of(1, 2, 3), item.milestones().stream().map(Milestone::position).toList());
        assertThrows(IllegalStateException.class, () -> item.reorderMilestone(early, true), "the first goes no higher");
        assertThrows(IllegalStateException.class, () -> item.reorderMilestone(late, false), "the last goes no lower");
        item.reorderMilestone(early, false);
        assertEquals(List.of(middle, early, late), item.milestones());
        assertEquals(List.of(1, 2, 3), item.milestones().stream().map(Milestone::position).toList());
    }

    @Test
    void aDateMovesOnlyWithAReasonAndEveryMoveIsKept() {
        BacklogItem item = item();
        Milestone milestone = item.addMilestone(new MilestoneDraft("Pilot", null, LocalDate.of(2027, 1, 31)));
        item.takeChanges();
        assertEquals(Set.of("reason"), new DateMove(LocalDate.of(2027, 3, 31), "zu spät").problems(milestone.dueDate()).keySet());
        assertEquals(Map.of("newDate", "backlog.milestone.error.sameDate"),
                new DateMove(LocalDate.of(2027, 1, 31), "Die Vergabe dauert länger.").problems(milestone.dueDate()));
        assertEquals(Set.of("newDate", "reason"), new DateMove(null, " ").problems(milestone.dueDate()).keySet());
        assertThrows(IllegalArgumentException.class, () -> item.moveMilestone(milestone,
                new DateMove(LocalDate.of(2027, 3, 31), "zu spät"), TODAY, NOW));
        assertEquals(LocalDate.of(2027, 1, 31), milestone.dueDate());

        item.moveMilestone(milestone, new DateMove(LocalDate.of(2027, 3, 31), "Die Vergabe dauert länger als geplant."), TODAY, NOW);
        item.moveMilestone(milestone, new DateMove(LocalDate.of(2027, 2, 28), "Ein Angebot kam früher als erwartet."), TODAY, NOW);
        assertEquals(LocalDate.of(2027, 2, 28), milestone.dueDate());
        assertEquals(2, milestone.moves().size());
        MilestoneMove first = milestone.moves().get(0);
        assertEquals(LocalDate.of(2027, 1, 31), first.fromDate());
        assertEquals(LocalDate.of(2027, 3, 31), first.toDate());
        assertEquals("Die Vergabe dauert länger als geplant.", first.reason());
        assertEquals(TODAY, first.movedOn());
        List<PublicChange> changes = item.takeChanges();
        assertEquals(List.of(HistoryField.MILESTONE_MOVED, HistoryField.MILESTONE_MOVED), changes.stream().map(PublicChange::field).toList());
        assertEquals(new PublicChange(HistoryField.MILESTONE_MOVED, "Pilot", "2027-03-31", "2027-02-28",
                "Ein Angebot kam früher als erwartet."), changes.get(1));

        item.completeMilestone(milestone, TODAY);
        assertThrows(IllegalStateException.class, () -> item.moveMilestone(milestone,
                new DateMove(LocalDate.of(2027, 4, 30), "Nachträglich verschoben."), TODAY, NOW), "a reached milestone keeps its date");
    }

    @Test
    void aMilestoneIsReachedOnceAndKeepsTheDay() {
        BacklogItem item = item();
        Milestone milestone = item.addMilestone(new MilestoneDraft("Pilot", "Mit fünf Schulen.", LocalDate.of(2027, 1, 31)));
        item.takeChanges();
        assertTrue(item.completeMilestone(milestone, TODAY));
        assertTrue(milestone.done());
        assertEquals(TODAY, milestone.completedOn());
        assertEquals(List.of(new PublicChange(HistoryField.MILESTONE_REACHED, "Pilot", null, "2026-12-06", null)), item.takeChanges());
        assertFalse(item.completeMilestone(milestone, TODAY.plusDays(1)), "reaching it again changes nothing");
        assertEquals(TODAY, milestone.completedOn());
        assertTrue(item.takeChanges().isEmpty());
    }

    @Test
    void overdueMeansDueBeforeTodayAndNotReached() {
        BacklogItem item = item();
        Milestone past = item.addMilestone(new MilestoneDraft("Vergabe", null, TODAY.minusDays(1)));
        Milestone today = item.addMilestone(new MilestoneDraft("Start", null, TODAY));
        Milestone reached = item.addMilestone(new MilestoneDraft("Konzept", null, TODAY.minusDays(30)));
        item.completeMilestone(reached, TODAY.minusDays(2));
        assertEquals(MilestoneState.OVERDUE, past.state(TODAY));
        assertTrue(past.isOverdue(TODAY));
        assertEquals(MilestoneState.PLANNED, today.state(TODAY), "due today is not overdue yet");
        assertEquals(MilestoneState.DONE, reached.state(TODAY), "reached late is not overdue");
        assertEquals(MilestoneState.PLANNED, past.state(TODAY.minusDays(1)));
    }

    @Test
    void progressFollowsTheMilestonesWhenTheOfficeChoosesSo() {
        BacklogItem item = item();
        item.recordProgress(40);
        item.chooseProgressMode(ProgressMode.MILESTONES);
        assertEquals(0, item.progress(), "no milestones: nothing reached");
        Milestone a = item.addMilestone(new MilestoneDraft("Konzept", null, LocalDate.of(2027, 1, 1)));
        Milestone b = item.addMilestone(new MilestoneDraft("Pilot", null, LocalDate.of(2027, 6, 1)));
        item.addMilestone(new MilestoneDraft("Rollout", null, LocalDate.of(2028, 1, 1)));
        item.completeMilestone(a, TODAY);
        assertEquals(33, item.progress(), "1 of 3, rounded");
        item.completeMilestone(b, TODAY);
        assertEquals(67, item.progress(), "2 of 3, rounded");
        item.addMilestone(new MilestoneDraft("Auswertung", null, LocalDate.of(2028, 6, 1)));
        assertEquals(50, item.progress(), "a new milestone counts at once");
        assertThrows(IllegalStateException.class, () -> item.recordProgress(80), "not typed while it follows the milestones");
        List<Integer> progress = item.takeChanges().stream().filter(c -> c.field() == HistoryField.PROGRESS)
                .map(c -> Integer.valueOf(c.newValue())).toList();
        assertEquals(List.of(40, 0, 33, 67, 50), progress, "every change of the progress is public");

        item.chooseProgressMode(ProgressMode.MANUAL);
        assertEquals(50, item.progress(), "back to typing: the last value stays");
        item.recordProgress(55);
        assertEquals(55, item.progress());
        assertEquals(100, ProgressMode.fromMilestones(4, 4));
        assertEquals(0, ProgressMode.fromMilestones(0, 0));
    }

    @Test
    void statusStepsAndEditsOfMilestonesArePublicChanges() {
        BacklogItem item = item();
        item.assess(new Assessment(3, 70, new BigDecimal("4")));
        item.moveTo(ItemStatus.ASSESSED);
        assertEquals(List.of(new PublicChange(HistoryField.STATUS, null, "PROPOSED", "ASSESSED", null)), item.takeChanges());
        item.moveTo(ItemStatus.PRIORITISED);
        item.moveTo(ItemStatus.IN_PROGRESS);
        item.takeChanges();
        Milestone m = item.addMilestone(new MilestoneDraft("Pilot", null, LocalDate.of(2027, 1, 1)));
        assertEquals(List.of(new PublicChange(HistoryField.MILESTONE_ADDED, "Pilot", null, "2027-01-01", null)), item.takeChanges());
        item.describeMilestone(m, new MilestoneDraft("Pilot mit fünf Schulen", "In zwei Stadtteilen.", null));
        assertEquals(List.of(HistoryField.MILESTONE_RENAMED, HistoryField.MILESTONE_DESCRIBED),
                item.takeChanges().stream().map(PublicChange::field).toList());
        assertEquals("Pilot mit fünf Schulen", m.title());
        item.describeMilestone(m, new MilestoneDraft("Pilot mit fünf Schulen", "In zwei Stadtteilen.", null));
        assertTrue(item.takeChanges().isEmpty(), "unchanged text: no change");
        assertThrows(IllegalArgumentException.class, () -> item.describeMilestone(m, new MilestoneDraft("x", null, null)));
        item.moveTo(ItemStatus.DONE);
        assertEquals(List.of(HistoryField.STATUS, HistoryField.PROGRESS), item.takeChanges().stream().map(PublicChange::field).toList(),
                "done: status and progress 100 %");
        assertEquals(100, item.progress());
    }
}

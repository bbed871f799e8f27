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
import java.util.Set;
import de.mitwirken.platform.entity.EasyLanguage;
import org.junit.jupiter.api.Test;

class BacklogItemTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final ItemDraft DRAFT = new ItemDraft("  Bürgeramt: Termine online  ", "Online-Terminbuchung für alle Anliegen.",
            Set.of(StrategyField.ADMINISTRATION), "Bürgeramt", Horizon.SHORT_2025, LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), Set.of());

    private static BacklogItem item() {
        return BacklogItem.propose(DRAFT, "strategie", NOW);
    }

    private static BacklogItem assessed() {
        BacklogItem item = item();
        item.assess(new Assessment(3, 70, new BigDecimal("4")));
        return item;
    }

    @Test
    void aNewItemIsProposedWithCleanedText() {
        BacklogItem item = item();
        assertEquals(ItemStatus.PROPOSED, item.status());
        assertEquals("Bürgeramt: Termine online", item.title());
        assertEquals(0, item.progress());
    }

    @Test
    void draftsNameEveryBadField() {
        ItemDraft bad = new ItemDraft("abc", "", Set.of(), " ", null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null);
        assertEquals(Set.of("title", "description", "fields", "ownerDepartment", "horizon", "endDate"), bad.problems().keySet());
        assertThrows(IllegalArgumentException.class, () -> BacklogItem.propose(bad, "x", NOW));
    }

    @Test
    void theLifecycleGoesStepByStepAndOnlyAssessedItemsLeaveProposed() {
        BacklogItem item = item();
        assertThrows(IllegalStateException.class, () -> item.moveTo(ItemStatus.ASSESSED), "not assessed yet");
        item.assess(new Assessment(3, 70, new BigDecimal("4")));
        assertThrows(IllegalStateException.class, () -> item.moveTo(ItemStatus.PRIORITISED), "no skipping");
        item.moveTo(ItemStatus.ASSESSED);
        item.moveTo(ItemStatus.PRIORITISED);
        item.moveTo(ItemStatus.IN_PROGRESS);
        item.recordProgress(40);
        item.moveTo(ItemStatus.DONE);
        assertEquals(100, item.progress());
        assertThrows(IllegalStateException.class, () -> item.drop("zu spät für alles"));
        assertThrows(IllegalStateException.class, () -> item.recordProgress(50));
    }

    @Test
    void withoutARatingAffectedServicesSupplyTheImpact() {
        BacklogItem item = item();
        item.assess(new Assessment(null, 50, BigDecimal.ONE));
        assertFalse(item.isAssessed());
        item.affectServices(Set.of(7L));
        assertTrue(item.isAssessed());
    }

    @Test
    void droppingNeedsAReasonAndClearsTheRank() {
        BacklogItem item = assessed();
        item.overrideRank(1, "Ratsbeschluss verlangt Vorrang vor allem anderen", "strategie", NOW);
        assertThrows(IllegalArgumentException.class, () -> item.drop("kurz"));
        item.drop("Vom Land übernommen, nicht mehr städtisch");
        assertEquals(ItemStatus.DROPPED, item.status());
        assertNull(item.manualRank());
        assertThrows(IllegalStateException.class, () -> item.moveTo(ItemStatus.ASSESSED));
        assertThrows(IllegalStateException.class, () -> item.linkNeeds(Set.of(1L)));
    }

    @Test
    void progressStaysBetweenZeroAndHundred() {
        BacklogItem item = item();
        assertThrows(IllegalArgumentException.class, () -> item.recordProgress(101));
        assertThrows(IllegalArgumentException.class, () -> item.recordProgress(-1));
        item.recordProgress(100);
        assertEquals(100, item.progress());
    }

    @Test
    void assessmentsRefuseZeroEffortWithAMessageKey() {
        assertEquals("backlog.error.effort.positive", new Assessment(3, 50, BigDecimal.ZERO).problems().get("effort"));
        assertEquals("backlog.error.effort.positive", new Assessment(3, 50, new BigDecimal("-1")).problems().get("effort"));
        assertEquals("backlog.error.effort.positive", new Assessment(3, 50, new BigDecimal("0.04")).problems().get("effort"),
                "rounds to 0.0 person-months");
        assertEquals(Set.of("impactRating", "confidence"), new Assessment(6, 101, BigDecimal.TEN).problems().keySet());
        assertThrows(IllegalArgumentException.class, () -> item().assess(new Assessment(3, 50, BigDecimal.ZERO)));
    }

    @Test
    void aManualRankNeedsAJustificationOfTwentyCharacters() {
        BacklogItem item = assessed();
        assertThrows(IllegalArgumentException.class, () -> item.overrideRank(2, "weil ich es will", "s", NOW));
        assertNull(item.manualRank(), "a refused override changes nothing");
        RankOverride record = item.overrideRank(2, "Voraussetzung für das Bauportal 2025", "s", NOW);
        assertEquals(2, item.manualRank());
        assertEquals(2, record.rank());
        assertThrows(IllegalArgumentException.class, () -> item.overrideRank(0, "Voraussetzung für das Bauportal 2025", "s", NOW));
        item.overrideRank(null, "Vorrang aufgehoben, Bauportal verschoben", "s", NOW);
        assertNull(item.manualRank());
    }

    @Test
    void clustersBringTheirNeedsAndMilestonesNeedATitleAndDate() {
        BacklogItem item = item();
        item.linkCluster(5, Set.of(1L, 2L));
        item.linkNeeds(Set.of(2L, 3L));
        assertEquals(Set.of(1L, 2L, 3L), item.needIds());
        assertEquals(Set.of(5L), item.clusterIds());
        assertThrows(IllegalArgumentException.class, () -> item.addMilestone("x", LocalDate.of(2025, 6, 1)));
        assertThrows(NullPointerException.class, () -> item.addMilestone("Ausschreibung", null));
        item.addMilestone("Ausschreibung", LocalDate.of(2025, 6, 1)).markDone(LocalDate.of(2025, 5, 28));
        assertTrue(item.milestones().get(0).done());
        assertEquals(LocalDate.of(2025, 5, 28), item.milestones().get(0).completedOn());
    }

    @Test
    void theBoardsConfidenceIsAPercentage() {
        BacklogItem item = item();
        assertThrows(IllegalArgumentException.class, () -> item.confidenceFromBoard(120));
        item.confidenceFromBoard(85);
        assertEquals(85, item.boardConfidence());
    }

    @Test
    void theDescriptionHasAnOptionalEasyToReadVersion() {
        BacklogItem item = item();
        assertNull(item.easyDescription());
        item.describeInEasyLanguage(" Sie können Termine im Internet machen. ");
        assertEquals("Sie können Termine im Internet machen.", item.easyDescription());
        assertThrows(IllegalArgumentException.class, () -> item.describeInEasyLanguage("x".repeat(EasyLanguage.MAX + 1)));
        assertEquals("Sie können Termine im Internet machen.", item.easyDescription(), "a refused text keeps the old one");
        item.describeInEasyLanguage(null);
        assertNull(item.easyDescription(), "blank removes it");
    }
}

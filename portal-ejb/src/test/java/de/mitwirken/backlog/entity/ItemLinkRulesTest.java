package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of links from an item to needs, clusters, recommendations and KPIs, their history and the search. */
class ItemLinkRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static BacklogItem item() {
        return BacklogItem.propose(new ItemDraft("Digitaler Bauantrag", "Bauanträge vollständig online einreichen.",
                Set.of(StrategyField.ADMINISTRATION), "Bauordnungsamt", Horizon.SHORT_2025, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), Set.of()), "strategie", NOW);
    }

    @Test
    void linkingANeedTwiceAddsItOnceAndUnlinkingNeedsALinkedNeed() {
        BacklogItem item = item();
        assertEquals(Set.of(1L, 2L), item.linkNeeds(Set.of(1L, 2L)));
        assertEquals(Set.of(3L), item.linkNeeds(Set.of(2L, 3L)), "only what was not linked before is new");
        assertEquals(Set.of(), item.linkNeeds(Set.of(3L)));
        item.unlinkNeed(2L);
        assertEquals(Set.of(1L, 3L), item.needIds());
        assertThrows(IllegalArgumentException.class, () -> item.unlinkNeed(2L), "a need that is not linked");
        assertThrows(IllegalArgumentException.class, () -> item.unlinkNeed(99L));
        assertEquals(Set.of(1L, 3L), item.needIds(), "a refused unlink changes nothing");
    }

    @Test
    void aClusterComesAndGoesWithItsLinkedNeedsButLeavesTheOthers() {
        BacklogItem item = item();
        item.linkNeeds(Set.of(7L));
        assertEquals(Set.of(1L, 2L), item.linkCluster(5, Set.of(1L, 2L, 7L)), "need 7 was there already");
        assertEquals(Set.of(5L), item.clusterIds());
        assertEquals(Set.of(1L, 2L, 7L), item.needIds());
        item.unlinkNeed(2L); // the office took one need of the cluster back on its own
        assertEquals(Set.of(1L, 7L), item.unlinkCluster(5, Set.of(1L, 2L, 7L)), "the linked needs of the cluster go with it");
        assertEquals(Set.of(), item.clusterIds());
        assertEquals(Set.of(), item.needIds());
        item.linkNeeds(Set.of(9L));
        assertThrows(IllegalArgumentException.class, () -> item.unlinkCluster(5, Set.of(9L)), "a cluster that is not linked");
        assertEquals(Set.of(9L), item.needIds());
    }

    @Test
    void recommendationsAndKpisAreLinkedOnceEachAndUnlinkedOnlyWhenLinked() {
        BacklogItem item = item();
        assertTrue(item.linkRecommendation(4));
        assertFalse(item.linkRecommendation(4), "linked already");
        assertTrue(item.contributeTo(1));
        assertTrue(item.contributeTo(2), "an item contributes to several KPIs");
        assertFalse(item.contributeTo(1));
        assertEquals(Set.of(1L, 2L), item.kpiIds());
        item.stopContributingTo(1);
        assertEquals(Set.of(2L), item.kpiIds());
        assertThrows(IllegalArgumentException.class, () -> item.stopContributingTo(1));
        item.unlinkRecommendation(4);
        assertThrows(IllegalArgumentException.class, () -> item.unlinkRecommendation(4));
        assertEquals(Set.of(), item.recommendationIds());
    }

    @Test
    void oneKpiHasSeveralItems() {
        BacklogItem first = item();
        BacklogItem second = item();
        assertTrue(first.contributeTo(3));
        assertTrue(second.contributeTo(3), "the same KPI, fed by a second item");
        second.stopContributingTo(3);
        assertEquals(Set.of(3L), first.kpiIds(), "the other item keeps its link");
    }

    @Test
    void aDroppedItemTakesNoNewLinksButGivesOldOnesBack() {
        BacklogItem item = item();
        item.linkNeeds(Set.of(1L));
        item.linkRecommendation(2);
        item.contributeTo(3);
        item.drop("Vom Land übernommen, nicht mehr städtisch");
        assertThrows(IllegalStateException.class, () -> item.linkNeeds(Set.of(4L)));
        assertThrows(IllegalStateException.class, () -> item.linkCluster(5, Set.of(6L)));
        assertEquals(Set.of(), item.clusterIds(), "a refused cluster is not half linked");
        assertThrows(IllegalStateException.class, () -> item.linkRecommendation(7));
        assertThrows(IllegalStateException.class, () -> item.contributeTo(8));
        item.unlinkNeed(1L);
        item.unlinkRecommendation(2);
        item.stopContributingTo(3);
        assertEquals(Set.of(), item.needIds());
    }

    @Test
    void anUnlinkNeedsAReasonOfTenToFiveHundredCharacters() {
        assertThrows(IllegalArgumentException.class, () -> LinkChange.unlinked(1, LinkKind.NEED, 2, "zu kurz", null, "s", NOW));
        assertThrows(IllegalArgumentException.class, () -> LinkChange.unlinked(1, LinkKind.NEED, 2, null, null, "s", NOW));
        assertThrows(IllegalArgumentException.class, () -> LinkChange.unlinked(1, LinkKind.NEED, 2, "   \n\t   \u0007  ", null, "s", NOW),
                "blanks and control characters are no reason");
        assertThrows(IllegalArgumentException.class, () -> LinkChange.unlinked(1, LinkKind.CLUSTER, 2, "x".repeat(501), null, "s", NOW));
        assertEquals(500, LinkChange.unlinked(1, LinkKind.CLUSTER, 2, "x".repeat(500), null, "s", NOW).reason().length());
        assertEquals("Gehört zu Nr. 7", LinkChange.unlinked(1, LinkKind.NEED, 2, "  Gehört zu Nr. 7  ", null, "s", NOW).reason(),
                "ten characters after cleaning");
        String emoji = "🙂".repeat(10);
        assertEquals(emoji, LinkChange.reason(emoji), "characters as people count them: ten emoji are ten");
    }

    @Test
    void theHistoryKeepsWhatWhoWhenAndWhy() {
        LinkChange linked = LinkChange.linked(17, LinkKind.NEED, 12, 1L, "strategy-office", NOW);
        assertTrue(linked.linked());
        assertNull(linked.reason());
        assertEquals(1L, linked.viaClusterId(), "the need came with cluster 1");
        assertEquals(LinkKind.NEED, linked.kind());
        assertEquals(12, linked.targetId());
        LinkChange unlinked = LinkChange.unlinked(17, LinkKind.RECOMMENDATION, 3, "Der Beirat hat sie zurückgezogen.", null,
                "strategy-office", NOW);
        assertFalse(unlinked.linked());
        assertEquals("Der Beirat hat sie zurückgezogen.", unlinked.reason());
        assertEquals("strategy-office", unlinked.changedBy());
        assertEquals(NOW, unlinked.changedAt());
        assertEquals(17, unlinked.itemId());
    }

    @Test
    void aSearchIsANumberOrUpToThreeWordsWithoutWildcards() {
        assertEquals(17L, LinkQuery.of(" 17 ").number());
        assertEquals(17L, LinkQuery.of("#17").number());
        assertEquals(17L, LinkQuery.of("# 17").number());
        assertNull(LinkQuery.of("17 Termine").number(), "a number with words is words");
        assertEquals(List.of("17", "termine"), LinkQuery.of("17 Termine").words());
        LinkQuery words = LinkQuery.of("  Termine   im Bürgeramt online ");
        assertEquals(List.of("termine", "im", "bürgeramt"), words.words(), "the first three words count");
        assertEquals("%termine%", words.pattern(0));
        assertEquals("%bürgeramt%", words.pattern(2));
        LinkQuery one = LinkQuery.of("Bauantrag");
        assertEquals("%", one.pattern(1), "a missing word matches anything");
        assertTrue(LinkQuery.of("% _ \\").isEmpty(), "wildcards alone are nothing to search for");
        assertEquals(List.of("a", "b"), LinkQuery.of("a%_b").words());
        assertTrue(LinkQuery.of(null).isEmpty());
        assertTrue(LinkQuery.of("   ").isEmpty());
        assertEquals(LinkQuery.MAX_LENGTH, LinkQuery.of("x".repeat(5000)).words().get(0).length(), "long input is cut");
    }
}

package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.control.ChangeFollower;
import de.mitwirken.needs.control.NeedAnalysis;
import de.mitwirken.needs.control.NeedIndex;
import de.mitwirken.needs.control.NeedIndexReader;
import de.mitwirken.needs.control.SearchIndexNode;
import de.mitwirken.needs.entity.NeedDraft;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Index consistency inside the server, against MariaDB: a need submitted, hidden, shown again and erased changes
 * the search results of this node (its index follows the change log every second) and of a second, independent
 * index follower on the same database, as a second node would run it, after each poll of the change log.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(List.of(NeedDesk.class), SearchIndexIT.class);
    }

    @Inject
    NeedSubmission submission;

    @Inject
    PublicNeeds publicNeeds;

    @Inject
    NeedDesk desk;

    @Inject
    NeedIndexReader reader;

    @Inject
    SearchIndexNode node;

    @Test
    void submitHideAndEraseChangeTheResultsOnThisNodeAndOnASecondOne() throws Exception {
        await("this node's index is built", () -> node.state() == SearchIndexNode.State.READY, Duration.ofMinutes(2));
        assertEquals("ready", publicNeeds.searchIndexStatus().state());
        // one unknown word of consonants (no word part, stop word or stem in it): only this need can match it
        String word = "Quartier" + letters(8);
        Path secondDir = Files.createTempDirectory("second-node");
        try (NeedIndex second = new NeedIndex(secondDir, new NeedAnalysis())) {
            ChangeFollower otherNode = new ChangeFollower(second, reader, Clock.systemUTC(), Duration.ofSeconds(60));
            otherNode.build(count -> { });
            assertTrue(second.size() >= 50, "demo data: " + second.size());

            long id = desk.submitAndPublish(new NeedDraft("Treffpunkt im " + word + " einrichten",
                    "Im " + word + " fehlt ein Ort, an dem sich Nachbarn treffen.", StrategyField.SOCIETY,
                    SubmitterType.CITIZEN, null, "Nord", Set.of()));
            assertFoundOnBothNodes(word, id, true, otherNode, second);

            desk.hide(id);
            assertTrue(publicNeeds.page(search(word)).needs().isEmpty(), "hidden: off the page at once");
            assertFoundOnBothNodes(word, id, false, otherNode, second);

            desk.unhide(id);
            assertFoundOnBothNodes(word, id, true, otherNode, second);

            desk.erase(id);
            assertFoundOnBothNodes(word, id, false, otherNode, second);
        } finally {
            try (var files = Files.walk(secondDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void assertFoundOnBothNodes(String word, long id, boolean found, ChangeFollower otherNode, NeedIndex second)
            throws Exception {
        await("this node " + (found ? "finds " : "no longer finds ") + id, () -> {
            try {
                List<Long> page = publicNeeds.page(search(word)).needs().stream().map(NeedSummary::id).toList();
                List<Long> similar = submission.similarNeeds(word).stream().map(NeedSummary::id).toList();
                List<Long> inIndex = node.index().orElseThrow().similar(word, 5, Instant.now());
                return page.equals(found ? List.of(id) : List.of()) && similar.equals(page) && inIndex.equals(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Duration.ofSeconds(5));
        assertEquals(found ? 1 : 0, publicNeeds.page(search(word)).total());
        assertTrue(otherNode.poll() >= 1, "the second node read the change");
        assertEquals(found ? List.of(id) : List.of(), second.similar(word, 5, Instant.now()));
        assertEquals(found ? 1 : 0, second.page(search(word), Instant.now()).total());
    }

    private static NeedFilter search(String text) {
        return new NeedFilter(null, null, null, null, null, text, null, 0);
    }

    private static void await(String what, BooleanSupplier condition, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("bcdfghjklmnpqrstvwxz".charAt(random.nextInt(20)));
        }
        return s.toString();
    }
}

package de.mitwirken.backlog.control;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.needs.boundary.NeedSupportChanged;
import de.mitwirken.needs.boundary.ServiceFiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the background ranking still has to do on this node: whether an input of the score changed since the last
 * run, and which needs gained or lost supporters (their items' supporter counts are counted again first). Filled by
 * observers AFTER the change committed, in memory only: a submission or a support never waits for a ranking, nor
 * for a lock of it. {@link RankingJob} takes it all at once, so changes that arrive close together are ranked in one
 * run. Lost only if the node stops between a change and its next tick; the periodic run catches that up.
 */
@ApplicationScoped
public class RankInputs {

    /** Beyond this many needs, all open items are counted again (one set-based statement) instead. */
    static final int MAX_NEEDS = 5_000;

    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean recountAll = new AtomicBoolean();
    private final Set<Long> supportedNeeds = ConcurrentHashMap.newKeySet();

    /** What one run does: rank, after counting again the supporters of the items of these needs (or of all). */
    public record Work(Set<Long> needs, boolean recountAll) {
    }

    void supportChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedSupportChanged event) {
        if (supportedNeeds.size() < MAX_NEEDS) {
            supportedNeeds.add(event.needId());
        } else {
            recountAll.set(true);
        }
        changed.set(true);
    }

    void servicesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceFiguresChanged event) {
        changed.set(true);
    }

    void itemChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoreInputChanged event) {
        changed.set(true);
    }

    /** Status changes and links (needs, clusters) move items into or out of the ranking or change their reach. */
    void itemNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemNews news) {
        changed.set(true);
    }

    /** A run is due whatever changed (node start, the periodic catch-up). */
    public void requestRun() {
        changed.set(true);
    }

    /** Takes the work that piled up since the last take; empty when nothing changed. */
    public Optional<Work> take() {
        if (!changed.getAndSet(false)) {
            return Optional.empty();
        }
        Set<Long> needs = new HashSet<>();
        for (Long need : supportedNeeds) {
            if (supportedNeeds.remove(need)) {
                needs.add(need);
            }
        }
        return Optional.of(new Work(needs, recountAll.getAndSet(false)));
    }

    /** A run that could not be done (another node ranks, or it failed) is given back for the next tick. */
    public void giveBack(Work work) {
        supportedNeeds.addAll(work.needs());
        if (work.recountAll()) {
            recountAll.set(true);
        }
        changed.set(true);
    }

    /** For the office page: whether a run is waiting on this node. */
    public boolean pending() {
        return changed.get();
    }
}

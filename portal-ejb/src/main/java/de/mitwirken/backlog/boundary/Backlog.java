package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.control.BacklogScoring;
import de.mitwirken.backlog.control.Reranker;
import de.mitwirken.backlog.control.ScoreInputChanged;
import de.mitwirken.backlog.control.ItemLinking;
import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.control.SupporterCounts;
import de.mitwirken.backlog.control.Ranking;
import de.mitwirken.backlog.entity.Assessment;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Divergence;
import de.mitwirken.backlog.entity.DivergenceDecision;
import de.mitwirken.backlog.entity.ItemDraft;
import de.mitwirken.backlog.entity.ItemLink;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.ItemStatusChange;
import de.mitwirken.backlog.entity.LinkType;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.RankOverride;
import de.mitwirken.backlog.entity.WeightSet;
import de.mitwirken.backlog.entity.Weights;
import de.mitwirken.needs.entity.NeedCluster;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The strategy office's work on the backlog: items and their lifecycle, assessment, affected services, links
 * to other items (needs, clusters, recommendations and KPIs: {@link ItemLinks}), divergences, weights, ranking and manual ranks. Every change is
 * audited with the state before and after; entity rules that refuse an action become {@link NotAllowed}
 * (wrong state) or {@link InvalidInput} (bad value) with a message key. Changes of public fields (status,
 * progress, milestones) go into the item's public history and fire {@link ItemNews} ({@link ItemPlanner}).
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class Backlog {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    BacklogScoring scoring;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @Inject
    SupporterCounts supporterCounts;

    @Inject
    ItemLinking linking; // needs, clusters and recommendations are linked through ItemLinks

    @Inject
    BacklogConfig config;

    @Inject
    Reranker reranker;

    @Inject
    Event<ScoreInputChanged> scoreInputs;

    @Inject
    ItemPlanner planner;

    public long createItem(ItemDraft draft) {
        BacklogItem item = propose(draft);
        audit.record("backlog.item.create", "backlog-item", item.id(), "item proposed: " + item.title(), null, item.auditState());
        return item.id();
    }

    /** An item that answers a cluster of needs: it links the cluster and every need in it. */
    public long createItemFromCluster(long clusterId, ItemDraft draft) {
        if (em.find(NeedCluster.class, clusterId) == null) {
            throw new NotFoundException("cluster " + clusterId);
        }
        BacklogItem item = propose(draft);
        Set<Long> needs = item.linkCluster(clusterId, new HashSet<>(em.createNamedQuery(BacklogItem.NEEDS_OF_CLUSTER,
                Long.class).setParameter("clusterId", clusterId).getResultList()));
        audit.record("backlog.item.create", "backlog-item", item.id(), "item proposed from cluster " + clusterId + ": "
                + item.title(), null, item.auditState());
        linking.clusterLinked(item, clusterId, needs, caller()); // history, count and CLUSTER_LINKED, as for any cluster
        return item.id();
    }

    public void changeStatus(long itemId, ItemStatus next) {
        recordStatus(change(itemId, "backlog.item.status", "status → " + next, item -> item.moveTo(next)));
    }

    public void dropItem(long itemId, String reason) {
        recordStatus(change(itemId, "backlog.item.drop", "dropped", item -> item.drop(reason)));
    }

    /** Progress typed by the office (refused while it follows the milestones); published as news. */
    public void recordProgress(long itemId, int percent) {
        planner.recordProgress(itemId, percent);
    }

    /** Adds, replaces or (blank) removes the easy-to-read version (Leichte Sprache) of the description. */
    public void describeInEasyLanguage(long itemId, String easyDescription) {
        BacklogItem item = item(itemId);
        Map<String, Object> before = new HashMap<>();
        before.put("easyDescription", item.easyDescription());
        item.describeInEasyLanguage(easyDescription);
        Map<String, Object> after = new HashMap<>();
        after.put("easyDescription", item.easyDescription());
        audit.record("backlog.item.easyLanguage", "backlog-item", itemId, (item.easyDescription() == null
                ? "easy-to-read version removed: " : "easy-to-read version saved: ") + item.title(), before, after);
    }

    /** Affected services and the assessment together: bad input in either leaves both as they were. */
    public void assessItem(long itemId, Set<Long> serviceIds, Assessment assessment) {
        if (!assessment.problems().isEmpty()) {
            throw new InvalidInput(assessment.problems());
        }
        setServices(itemId, serviceIds);
        setAssessment(itemId, assessment);
    }

    public void setAssessment(long itemId, Assessment assessment) {
        if (!assessment.problems().isEmpty()) {
            throw new InvalidInput(assessment.problems());
        }
        change(itemId, "backlog.item.assess", "assessed", item -> item.assess(assessment));
    }

    /** A milestone without description, last in the order (the office's page uses {@link ItemPlanning}). */
    public long addMilestone(long itemId, String title, LocalDate dueDate) {
        return planner.addMilestone(itemId, new MilestoneDraft(title, null, dueDate));
    }

    public void completeMilestone(long itemId, long milestoneId) {
        planner.completeMilestone(itemId, milestoneId);
    }

    /** Replaces the affected services (service catalogue ids). */
    public void setServices(long itemId, Set<Long> serviceIds) {
        requireKnown(BacklogItem.KNOWN_SERVICES, serviceIds, "services", "backlog.error.unknownService");
        change(itemId, "backlog.item.services", "affected services set", item -> item.affectServices(serviceIds));
    }

    /** Puts an item at a rank by hand (null lifts the override) with a written justification of 20+ characters, and re-ranks. */
    public void overrideRank(long itemId, Integer rank, String justification) {
        reranker.holdRankingLock();
        BacklogItem item = item(itemId);
        Map<String, Object> before = item.auditState();
        RankOverride record = item.overrideRank(rank, justification, caller(), clock.instant());
        em.persist(record);
        Map<String, Object> after = item.auditState();
        after.put("justification", record.justification());
        audit.record("backlog.item.rankOverride", "backlog-item", itemId, "manual rank " + rank + ": " + item.title(),
                before, after);
        rescoreAll(); // the new rank shows at once
    }

    /** Links two items; a conflict opens a divergence that waits for a political decision. */
    public long linkItems(long fromItemId, long toItemId, LinkType type) {
        item(fromItemId);
        item(toItemId);
        List<ItemLink> existing = em.createNamedQuery(ItemLink.BETWEEN, ItemLink.class).setParameter("a", fromItemId)
                .setParameter("b", toItemId).getResultList();
        ItemLink link = ItemLink.between(fromItemId, toItemId, type, existing, caller(), clock.instant());
        em.persist(link);
        Divergence divergence = type.opensDivergence() ? Divergence.openFor(link, clock.instant()) : null;
        if (divergence != null) {
            em.persist(divergence);
        }
        em.flush();
        audit.record("backlog.link.create", "backlog-link", link.id(), fromItemId + " " + type + " " + toItemId, null,
                Map.of("from", fromItemId, "to", toItemId, "type", type, "divergence", divergence == null ? "-" : divergence.id()));
        return link.id();
    }

    public void decideDivergence(long divergenceId, DivergenceDecision decision) {
        // locked, so that two people deciding at once cannot both pass the "not decided yet" check
        Divergence divergence = Rows.lock(em, Divergence.class, divergenceId);
        if (divergence.isDecided()) {
            throw new NotAllowed("backlog.error.divergence.decided");
        }
        Map<String, String> problems = decision.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        divergence.decide(decision, caller(), clock.instant());
        audit.record("backlog.divergence.decide", "divergence", divergenceId, "decided by " + decision.body(),
                Map.of("decided", false), Map.of("body", decision.body(), "date", decision.date(), "outcome",
                        decision.outcome(), "document", String.valueOf(decision.documentRef())));
    }

    /**
     * Links the council paper (its id in the council capability, which the web tier found through
     * council.boundary.CouncilPapers) that records a divergence's decision; replaces one linked before.
     */
    public void linkCouncilPaperToDivergence(long divergenceId, long councilPaperId) {
        Divergence divergence = Rows.lock(em, Divergence.class, divergenceId);
        Long before = divergence.linkCouncilPaper(councilPaperId);
        audit.record("backlog.divergence.councilPaper.link", "divergence", divergenceId,
                "council paper " + councilPaperId + " linked", Map.of("councilPaper", String.valueOf(before)),
                Map.of("councilPaper", councilPaperId));
    }

    public void unlinkCouncilPaperFromDivergence(long divergenceId) {
        Divergence divergence = Rows.lock(em, Divergence.class, divergenceId);
        Long before = divergence.unlinkCouncilPaper();
        if (before != null) {
            audit.record("backlog.divergence.councilPaper.unlink", "divergence", divergenceId,
                    "council paper " + before + " unlinked", Map.of("councilPaper", before),
                    Map.of("councilPaper", "null"));
        }
    }

    /** Saves weights as a new version (never changing an old one) and re-ranks with them. */
    public long saveWeightSet(Weights weights, String note) {
        if (!weights.problems().isEmpty()) {
            throw new InvalidInput(weights.problems());
        }
        WeightSet saved = new WeightSet(weights, note, caller(), clock.instant());
        em.persist(saved);
        em.flush();
        audit.record("backlog.weights.save", "weight-set", saved.id(), "weights saved", null, Map.of("weights", weights));
        rescoreAll();
        return saved.id();
    }

    /**
     * "Recompute now": ranks every open item with the current weight set (the defaults, saved as the first version,
     * if none), at once and in this transaction. Ranks are otherwise kept current in the background (RankingJob).
     */
    public List<RankedItem> rescoreAll() {
        Reranker.Result result = reranker.rerankNow(caller());
        return view(result.items(), result.ranked(), result.before());
    }

    /** The newest ranking run (when, with which weight set, why), if any. */
    public Optional<RankingRunView> lastRanking() {
        return reranker.lastRun().map(r -> new RankingRunView(r.startedAt(), r.durationMs(), r.weightSetId(), r.items(),
                r.ranksChanged(), r.cause().name(), r.runBy()));
    }

    /** What-if: the ranking these weights would produce, next to the current ranks; nothing is saved. */
    public List<RankedItem> previewRanking(Weights weights) {
        if (!weights.problems().isEmpty()) {
            throw new InvalidInput(weights.problems());
        }
        List<BacklogItem> items = scoring.openItems();
        Map<Long, Integer> current = items.stream().filter(i -> i.rank() != null)
                .collect(Collectors.toMap(BacklogItem::id, BacklogItem::rank));
        return view(items, scoring.rank(items, weights, null), current);
    }

    /** The weights in force: the newest saved version, or the defaults (id null) before the first ranking. */
    public WeightVersion currentWeights() {
        return scoring.currentWeightSet().map(w -> new WeightVersion(w.id(), w.weights(), w.note(), w.createdAt(),
                w.createdBy())).orElse(new WeightVersion(null, Weights.DEFAULT, null, null, null));
    }

    /**
     * Every item as the office sees it: ranked ones by rank, then the others (new, done, dropped) by id. The
     * fields come in the same query: read item by item, a list of 1 000 items cost 1 000 extra selects.
     */
    public List<ItemSummary> items() {
        return em.createNamedQuery(BacklogItem.WITH_FIELDS, BacklogItem.class)
                .setParameter("statuses", EnumSet.allOf(ItemStatus.class)).getResultStream().map(ItemSummary::of)
                .sorted(Comparator.comparing(ItemSummary::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ItemSummary::id))
                .toList();
    }

    /** An item as the office sees it, whatever its status. */
    public ItemDetail detail(long itemId) {
        return BacklogReads.detail(em, scoring, item(itemId), config.publishedStatuses());
    }

    private List<RankedItem> view(List<BacklogItem> items, List<Ranking.Ranked> ranked, Map<Long, Integer> current) {
        Map<Long, String> titles = items.stream().collect(Collectors.toMap(BacklogItem::id, BacklogItem::title));
        return ranked.stream().map(r -> new RankedItem(r.itemId(), titles.get(r.itemId()), r.rank(), current.get(r.itemId()),
                r.normalised(), r.overridden(), r.score())).toList();
    }

    private BacklogItem propose(ItemDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new InvalidInput(draft.problems());
        }
        requireKnown(BacklogItem.KNOWN_SERVICES, draft.serviceIds(), "services", "backlog.error.unknownService");
        BacklogItem item = BacklogItem.propose(draft, caller(), clock.instant());
        em.persist(item);
        em.flush();
        recordStatus(item);
        scoreInputs.fire(new ScoreInputChanged(item.id()));
        return item;
    }

    private BacklogItem change(long itemId, String action, String summary, Consumer<BacklogItem> step) {
        BacklogItem item = item(itemId);
        Map<String, Object> before = item.auditState();
        step.accept(item);
        audit.record(action, "backlog-item", itemId, summary + ": " + item.title(), before, item.auditState());
        planner.chronicle(item);
        scoreInputs.fire(new ScoreInputChanged(itemId)); // ranked again in the background
        return item;
    }

    /** The dated history of statuses (backlog_status_change), which progress reports read. */
    private void recordStatus(BacklogItem item) {
        em.persist(new ItemStatusChange(item.id(), item.status(), caller(), clock.instant()));
    }

    private void requireKnown(String query, Set<Long> ids, String field, String key) {
        if (ids != null && !ids.isEmpty() && new HashSet<>(em.createNamedQuery(query, Long.class)
                .setParameter("ids", ids).getResultList()).size() != ids.size()) {
            throw InvalidInput.of(field, key);
        }
    }

    private BacklogItem item(long itemId) {
        return Rows.find(em, BacklogItem.class, itemId);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

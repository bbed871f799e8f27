package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EasyLanguage;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A backlog item (Vorhaben). It guards its rules: status moves one step at a time (see {@link ItemStatus}),
 * it is assessed before it leaves PROPOSED, dropping needs a reason, progress stays 0–100, a manual rank
 * needs a written justification, and a final item changes no more. After creation the office edits the fields
 * it was created with, a budget and a public contact ({@link ItemEdit}), and plans milestones in its own order;
 * every change of a public field is noted as a {@link PublicChange}, which the backlog keeps as the item's public
 * change history ({@link #takeChanges()}). Progress is typed or follows the milestones ({@link ProgressMode}).
 * The reach of all items is computed by
 * two set-based native queries (see {@link SupporterCount}), so a ranking run costs the same few queries for ten
 * items or a thousand.
 */
@Entity
@Table(name = "backlog_item")
@NamedQuery(name = BacklogItem.IN_STATUSES, query = "SELECT i FROM BacklogItem i WHERE i.status IN :statuses ORDER BY i.id")
@NamedQuery(name = BacklogItem.WITH_FIELDS, query = "SELECT DISTINCT i FROM BacklogItem i LEFT JOIN FETCH i.fields"
        + " WHERE i.status IN :statuses")
// The public roadmap, filtered, ordered and paged by the database: ranked items by rank, then the others by id
@NamedQuery(name = BacklogItem.ROADMAP, query = "SELECT i FROM BacklogItem i WHERE i.status IN :statuses"
        + " AND i.horizon IN :horizons ORDER BY COALESCE(i.rank, 2147483647), i.id")
@NamedQuery(name = BacklogItem.ROADMAP_IN_FIELD, query = "SELECT i FROM BacklogItem i WHERE i.status IN :statuses"
        + " AND i.horizon IN :horizons AND i.id IN (SELECT j.id FROM BacklogItem j JOIN j.fields f WHERE f = :field)"
        + " ORDER BY COALESCE(i.rank, 2147483647), i.id")
@NamedQuery(name = BacklogItem.ROADMAP_COUNT, query = "SELECT COUNT(i) FROM BacklogItem i WHERE i.status IN :statuses"
        + " AND i.horizon IN :horizons")
@NamedQuery(name = BacklogItem.ROADMAP_COUNT_IN_FIELD, query = "SELECT COUNT(i) FROM BacklogItem i"
        + " WHERE i.status IN :statuses AND i.horizon IN :horizons"
        + " AND i.id IN (SELECT j.id FROM BacklogItem j JOIN j.fields f WHERE f = :field)")
@NamedQuery(name = BacklogItem.DESTINATIONS, query = "SELECT n, i.id, i.title, i.status, i.progress FROM BacklogItem i JOIN i.needIds n"
        + " WHERE n IN :needIds AND i.status IN :published ORDER BY i.id")
@NamedQuery(name = BacklogItem.NEEDS_OF_CLUSTER, query = "SELECT n.id FROM Need n WHERE n.cluster.id = :clusterId")
@NamedQuery(name = BacklogItem.HEADS, query = "SELECT i.id, i.title, i.status FROM BacklogItem i WHERE i.id IN :ids")
@NamedQuery(name = BacklogItem.FIELDS_OF_LINKED, query = "SELECT i.id, f FROM BacklogItem i JOIN i.fields f WHERE i.id IN"
        + " (SELECT l.fromItemId FROM ItemLink l) OR i.id IN (SELECT l.toItemId FROM ItemLink l)")
@NamedQuery(name = BacklogItem.KNOWN_NEEDS, query = "SELECT n.id FROM Need n WHERE n.id IN :ids")
@NamedQuery(name = BacklogItem.KNOWN_SERVICES, query = "SELECT s.id FROM Service s WHERE s.id IN :ids")
public class BacklogItem {

    public static final String IN_STATUSES = "BacklogItem.inStatuses";
    /** Items in the given statuses with their fields in the same query, for lists (no query per item). */
    public static final String WITH_FIELDS = "BacklogItem.withFields";
    /** Published items (:statuses) of the given horizons in roadmap order; page with first/max results. */
    public static final String ROADMAP = "BacklogItem.roadmap";
    /** The same, only items of one strategy field (:field). */
    public static final String ROADMAP_IN_FIELD = "BacklogItem.roadmapInField";
    public static final String ROADMAP_COUNT = "BacklogItem.roadmapCount";
    public static final String ROADMAP_COUNT_IN_FIELD = "BacklogItem.roadmapCountInField";
    public static final String DESTINATIONS = "BacklogItem.destinations";
    public static final String NEEDS_OF_CLUSTER = "BacklogItem.needsOfCluster";
    public static final String HEADS = "BacklogItem.heads";
    public static final String FIELDS_OF_LINKED = "BacklogItem.fieldsOfLinked";
    public static final String KNOWN_NEEDS = "BacklogItem.knownNeeds";
    public static final String KNOWN_SERVICES = "BacklogItem.knownServices";

    public static final int DROP_REASON_MIN = 10;
    public static final int JUSTIFICATION_MIN = 20;
    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "title", nullable = false, length = 150)
    private String title;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "easy_description")
    private String easyDescription;
    @Column(name = "owner_department", nullable = false, length = 200)
    private String ownerDepartment;
    @Enumerated(EnumType.STRING)
    @Column(name = "horizon", nullable = false, length = 12)
    private Horizon horizon;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ItemStatus status;
    @Column(name = "drop_reason", length = 1000)
    private String dropReason;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "progress", nullable = false)
    private int progress;
    @Column(name = "impact_rating")
    private Integer impactRating;
    @Column(name = "confidence")
    private Integer confidence;
    @Column(name = "board_confidence")
    private Integer boardConfidence;
    @Column(name = "effort", precision = 6, scale = 1)
    private BigDecimal effort;
    @Column(name = "score")
    private Double score;
    @Column(name = "score_normalised")
    private Double scoreNormalised;
    @Column(name = "item_rank")
    private Integer rank;
    @Column(name = "manual_rank")
    private Integer manualRank;
    @Column(name = "weight_set_id")
    private Long weightSetId;
    @Column(name = "scored_at")
    private Instant scoredAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Version
    @Column(name = "version")
    private long version;
    @Column(name = "budget_planned", precision = 12, scale = 2)
    private BigDecimal budgetPlanned;
    @Column(name = "budget_spent", precision = 12, scale = 2)
    private BigDecimal budgetSpent;
    @Column(name = "contact_name", length = 200)
    private String contactName;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Column(name = "contact_phone", length = 40)
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    @Column(name = "progress_mode", nullable = false, length = 10)
    private ProgressMode progressMode = ProgressMode.MANUAL;
    /** Public changes made in this transaction, not yet kept as history rows. */
    @Transient
    private List<PublicChange> changes;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "backlog_item_field", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "field")
    private Set<StrategyField> fields = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "backlog_item_need", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "backlog_item_cluster", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "cluster_id")
    private Set<Long> clusterIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "backlog_item_service", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new LinkedHashSet<>();
    // board recommendations and KPIs by id (V21): the backlog knows neither the board's tables nor a KPI's entity graph
    @ElementCollection
    @CollectionTable(name = "backlog_item_recommendation", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "recommendation_id")
    private Set<Long> recommendationIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "backlog_item_kpi", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "kpi_id")
    private Set<Long> kpiIds = new LinkedHashSet<>();
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC, id ASC")
    private List<Milestone> milestones = new ArrayList<>();

    protected BacklogItem() {
        // for JPA
    }

    public static BacklogItem propose(ItemDraft draft, String createdBy, Instant now) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid item: " + draft.problems());
        }
        BacklogItem item = new BacklogItem();
        item.title = draft.title();
        item.description = draft.description();
        item.fields.addAll(draft.fields());
        item.ownerDepartment = draft.ownerDepartment();
        item.horizon = draft.horizon();
        item.startDate = draft.startDate();
        item.endDate = draft.endDate();
        item.serviceIds.addAll(draft.serviceIds());
        item.status = ItemStatus.PROPOSED;
        item.createdBy = createdBy;
        item.createdAt = now;
        return item;
    }

    public void moveTo(ItemStatus next) {
        refuseUnless(status.mayMoveTo(next), "no move from " + status + " to " + next);
        refuseUnless(next != ItemStatus.ASSESSED || isAssessed(), "an item is assessed before it leaves PROPOSED");
        note(HistoryField.STATUS, status, next);
        status = next;
        if (next == ItemStatus.DONE) {
            setProgress(100);
            manualRank = null;
            rank = null;
        }
    }

    public void drop(String reason) {
        refuseUnless(!status.isFinal(), "a final item is not dropped");
        String text = CleanText.multiline(reason);
        if (CleanText.length(text) < DROP_REASON_MIN || CleanText.length(text) > TEXT_MAX) {
            throw Refusal.invalid("dropReason", "backlog.error.dropReason").because("a drop reason of 10 to 1000 characters");
        }
        dropReason = text;
        note(HistoryField.STATUS, status, ItemStatus.DROPPED);
        status = ItemStatus.DROPPED;
        manualRank = null;
        rank = null;
    }

    public void assess(Assessment assessment) {
        refuseUnless(!status.isFinal(), "a final item is not assessed");
        if (!assessment.problems().isEmpty()) {
            throw Refusal.invalid("assessment", "backlog.error.assessment").because("invalid assessment: " + assessment.problems());
        }
        impactRating = assessment.impactRating();
        confidence = assessment.confidence();
        effort = assessment.effort();
    }

    /**
     * Adds, replaces or (blank) removes the description's easy-to-read version (Leichte Sprache), which the
     * public item page offers next to the description.
     */
    public void describeInEasyLanguage(String typed) {
        if (!EasyLanguage.acceptable(typed)) {
            throw Refusal.invalid("easyDescription", "common.error.easyText");
        }
        easyDescription = EasyLanguage.version(typed);
    }

    /** Hook for the advisory board: its experts' confidence replaces the office's in the score. */
    public void confidenceFromBoard(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("confidence is 0–100 %");
        }
        boardConfidence = percent;
    }

    /** Scored when effort and confidence are known and impact can come from a rating or from services. */
    public boolean isAssessed() {
        return effort != null && confidence != null && (impactRating != null || !serviceIds.isEmpty());
    }

    /** Progress typed by the office; refused while the progress follows the milestones. */
    public void recordProgress(int percent) {
        require(!status.isFinal(), "a final item records no progress");
        require(progressMode == ProgressMode.MANUAL, "the progress follows the milestones");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress is 0–100 %");
        }
        setProgress(percent);
    }

    /**
     * Changes what the item was created with, its budget and its public contact. The caller has checked the
     * version the office saw (optimistic locking); here the item refuses bad values and any change once final.
     */
    public void edit(ItemEdit edit) {
        require(!status.isFinal(), "a final item changes no more");
        if (!edit.problems().isEmpty()) {
            // the boundary checked the edit already: the last line of defence, said next to the title
            throw Refusal.invalid("title", "backlog.edit.error.invalid").because("invalid edit: " + edit.problems());
        }
        note(HistoryField.TITLE, title, edit.title());
        note(HistoryField.DESCRIPTION, description, edit.description());
        note(HistoryField.FIELDS, fieldNames(fields), fieldNames(edit.fields()));
        note(HistoryField.OWNER, ownerDepartment, edit.ownerDepartment());
        note(HistoryField.HORIZON, horizon, edit.horizon());
        note(HistoryField.START_DATE, startDate, edit.startDate());
        note(HistoryField.END_DATE, endDate, edit.endDate());
        note(HistoryField.BUDGET_PLANNED, amount(budgetPlanned), amount(edit.budgetPlanned()));
        note(HistoryField.BUDGET_SPENT, amount(budgetSpent), amount(edit.budgetSpent()));
        note(HistoryField.CONTACT, ItemEdit.contactText(contactName, contactEmail, contactPhone), edit.contactText());
        title = edit.title();
        description = edit.description();
        fields.clear();
        fields.addAll(edit.fields());
        ownerDepartment = edit.ownerDepartment();
        horizon = edit.horizon();
        startDate = edit.startDate();
        endDate = edit.endDate();
        budgetPlanned = amount(edit.budgetPlanned());
        budgetSpent = amount(edit.budgetSpent());
        contactName = edit.contactName();
        contactEmail = edit.contactEmail();
        contactPhone = edit.contactPhone();
    }

    /** Typed progress or progress from the milestones; switching to the milestones sets it from them at once. */
    public void chooseProgressMode(ProgressMode mode) {
        require(!status.isFinal(), "a final item changes no more");
        progressMode = Objects.requireNonNull(mode, "a progress mode");
        followMilestones();
    }

    public Milestone addMilestone(String milestoneTitle, LocalDate due) {
        return addMilestone(new MilestoneDraft(milestoneTitle, null, Objects.requireNonNull(due, "a due date")));
    }

    /** A new milestone, last in the office's order. */
    public Milestone addMilestone(MilestoneDraft draft) {
        require(!status.isFinal(), "a final item gets no milestones");
        Milestone milestone = new Milestone(this, draft, milestones.size() + 1);
        milestones.add(milestone);
        changes().add(new PublicChange(HistoryField.MILESTONE_ADDED, milestone.title(), null,
                milestone.dueDate().toString(), null));
        followMilestones();
        return milestone;
    }

    /** New title and description of a milestone (its date moves only with a reason). */
    public void describeMilestone(Milestone milestone, MilestoneDraft draft) {
        require(!status.isFinal(), "a final item changes no more");
        changes().addAll(own(milestone).describe(draft));
    }

    /** Moves a milestone's date, with the reason the public reads; the move is kept. */
    public void moveMilestone(Milestone milestone, DateMove move, LocalDate today, Instant now) {
        require(!status.isFinal(), "a final item changes no more");
        changes().add(own(milestone).moveTo(move, today, now));
    }

    /** Reached today; false if it was reached before (nothing changes then). */
    public boolean completeMilestone(Milestone milestone, LocalDate today) {
        require(!status.isFinal(), "a final item changes no more");
        if (!own(milestone).markDone(today)) {
            return false;
        }
        changes().add(new PublicChange(HistoryField.MILESTONE_REACHED, milestone.title(), null, today.toString(), null));
        followMilestones();
        return true;
    }

    /** One place up (earlier) or down in the office's order; the positions are 1 … n afterwards. */
    public void reorderMilestone(Milestone milestone, boolean up) {
        refuseOrder(!status.isFinal(), "a final item changes no more");
        int index = milestones.indexOf(own(milestone));
        int other = up ? index - 1 : index + 1;
        refuseOrder(other >= 0 && other < milestones.size(), up ? "the first milestone goes no higher" : "the last goes no lower");
        milestones.set(index, milestones.get(other));
        milestones.set(other, milestone);
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).placeAt(i + 1);
        }
    }

    public Optional<Milestone> milestone(long milestoneId) {
        return milestones.stream().filter(m -> m.id() != null && m.id() == milestoneId).findFirst();
    }

    /** The public changes since the last call, in the order they were made; the list starts empty again. */
    public List<PublicChange> takeChanges() {
        List<PublicChange> taken = List.copyOf(changes());
        changes().clear();
        return taken;
    }

    private Milestone own(Milestone milestone) {
        if (milestone == null || !milestones.contains(milestone)) {
            throw new IllegalArgumentException("not a milestone of this item");
        }
        return milestone;
    }

    /** In MILESTONES mode the progress is the share of milestones reached. */
    private void followMilestones() {
        if (progressMode == ProgressMode.MILESTONES) {
            setProgress(ProgressMode.fromMilestones(milestones.stream().filter(Milestone::done).count(), milestones.size()));
        }
    }

    private void setProgress(int percent) {
        note(HistoryField.PROGRESS, progress, percent);
        progress = percent;
    }

    /** Notes a public change when the value differs. */
    private void note(HistoryField field, Object before, Object after) {
        String old = PublicChange.text(before);
        String now = PublicChange.text(after);
        if (!Objects.equals(old, now)) {
            changes().add(new PublicChange(field, null, old, now, null));
        }
    }

    private List<PublicChange> changes() {
        if (changes == null) {
            changes = new ArrayList<>();
        }
        return changes;
    }

    /** The fields as stored in the history: their names in a fixed order, comma separated (null: none). */
    static String fieldNames(Set<StrategyField> chosen) {
        return chosen.isEmpty() ? null : chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** An amount with two decimals, so that 5 and 5.00 are the same budget. */
    private static BigDecimal amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** Links needs; returns those that were not linked before. A dropped item takes no needs. */
    public Set<Long> linkNeeds(Set<Long> ids) {
        refuseWhenDropped("a dropped item takes no needs");
        Set<Long> added = new LinkedHashSet<>(ids);
        added.removeAll(needIds);
        needIds.addAll(added);
        return added;
    }

    /** Links a cluster and its needs; returns the needs that were not linked before. */
    public Set<Long> linkCluster(long clusterId, Set<Long> needsOfCluster) {
        refuseWhenDropped("a dropped item takes no clusters");
        clusterIds.add(clusterId);
        return linkNeeds(needsOfCluster);
    }

    /** Takes a need back (the caller keeps the reason in the history); a need that is not linked is refused. */
    public void unlinkNeed(long needId) {
        if (!needIds.remove(needId)) {
            throw Refusal.invalid("target", "backlog.links.error.notLinked").because("need " + needId + " is not linked");
        }
    }

    /**
     * Takes a cluster back together with those of its needs that are linked (they came with it); returns them. A
     * need of the cluster that should stay is linked again on its own.
     */
    public Set<Long> unlinkCluster(long clusterId, Set<Long> needsOfCluster) {
        if (!clusterIds.remove(clusterId)) {
            throw Refusal.invalid("target", "backlog.links.error.notLinked").because("cluster " + clusterId + " is not linked");
        }
        Set<Long> removed = new LinkedHashSet<>(needsOfCluster);
        removed.retainAll(needIds);
        needIds.removeAll(removed);
        return removed;
    }

    /** Takes up a board recommendation; false when it was linked already. */
    public boolean linkRecommendation(long recommendationId) {
        refuseWhenDropped("a dropped item takes no recommendations");
        return recommendationIds.add(recommendationId);
    }

    public void unlinkRecommendation(long recommendationId) {
        if (!recommendationIds.remove(recommendationId)) {
            throw Refusal.invalid("target", "backlog.links.error.notLinked").because("recommendation " + recommendationId + " is not linked");
        }
    }

    /** The item contributes to a KPI (one KPI may have several items); false when it did already. */
    public boolean contributeTo(long kpiId) {
        refuseWhenDropped("a dropped item contributes to no KPI");
        return kpiIds.add(kpiId);
    }

    public void stopContributingTo(long kpiId) {
        if (!kpiIds.remove(kpiId)) {
            throw Refusal.invalid("kpi", "backlog.itemKpis.error.notLinked").because("KPI " + kpiId + " is not linked");
        }
    }

    public void affectServices(Set<Long> ids) {
        refuseUnless(!status.isFinal(), "a final item changes no more");
        serviceIds.clear();
        serviceIds.addAll(ids);
    }

    /** A manual rank (null lifts it) with its written reason; the caller keeps the returned record. */
    public RankOverride overrideRank(Integer newRank, String justification, String by, Instant now) {
        refuseUnless(!status.isFinal(), "a final item is not ranked");
        if (newRank != null && newRank < 1) {
            throw Refusal.invalid("justification", "backlog.error.justification").because("ranks start at 1");
        }
        RankOverride record = new RankOverride(id, newRank, justification, by, now);
        manualRank = newRank;
        return record;
    }

    /**
     * Whether a ranking run's outcome for this item is what it has already. The outcome itself is stored by the
     * ranking with one statement per changed item that leaves the item's version alone: a re-rank in the background is
     * no edit, and must not make the office's open edit form of the item "changed meanwhile" (RankingRun.STORE_RANK).
     */
    public boolean isRankedAs(Integer newRank, Double newScore, Double normalised, Long byWeightSet) {
        return Objects.equals(rank, newRank) && Objects.equals(score, newScore)
                && Objects.equals(scoreNormalised, normalised) && Objects.equals(weightSetId, byWeightSet);
    }

    /** What an edit changes, as "before" and "after" in the audit log (with the version it had). */
    public Map<String, Object> editState() {
        return ItemAuditStates.edit(this);
    }

    /** The state shown as "before" and "after" in the audit log. */
    public Map<String, Object> auditState() {
        return ItemAuditStates.lifecycle(this);
    }

    /** A step of the office's backlog that the item's status does not allow. */
    private static void refuseUnless(boolean condition, String why) {
        if (!condition) {
            throw Refusal.notAllowed("backlog.error.transition").because(why);
        }
    }

    /** A dropped item takes no new links. */
    private void refuseWhenDropped(String why) {
        if (status == ItemStatus.DROPPED) {
            throw Refusal.notAllowed("backlog.links.error.dropped").because(why);
        }
    }

    private static void refuseOrder(boolean condition, String why) {
        if (!condition) {
            throw Refusal.notAllowed("backlog.milestone.error.order").because(why);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String easyDescription() { return easyDescription; }
    public String ownerDepartment() { return ownerDepartment; }
    public Horizon horizon() { return horizon; }
    public ItemStatus status() { return status; }
    public String dropReason() { return dropReason; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public int progress() { return progress; }
    public Integer impactRating() { return impactRating; }
    public Integer confidence() { return confidence; }
    public Integer boardConfidence() { return boardConfidence; }
    public BigDecimal effort() { return effort; }
    public Double score() { return score; }
    public Double scoreNormalised() { return scoreNormalised; }
    public Integer rank() { return rank; }
    public Integer manualRank() { return manualRank; }
    public Long weightSetId() { return weightSetId; }
    public Instant scoredAt() { return scoredAt; }
    public Set<StrategyField> fields() { return Set.copyOf(fields); }
    public Set<Long> needIds() { return Set.copyOf(needIds); }
    public Set<Long> clusterIds() { return Set.copyOf(clusterIds); }
    public Set<Long> serviceIds() { return Set.copyOf(serviceIds); }
    public Set<Long> recommendationIds() { return Set.copyOf(recommendationIds); }
    public Set<Long> kpiIds() { return Set.copyOf(kpiIds); }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public BigDecimal budgetPlanned() { return budgetPlanned; }
    public BigDecimal budgetSpent() { return budgetSpent; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    public ProgressMode progressMode() { return progressMode; }
}

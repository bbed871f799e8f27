package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EasyLanguage;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A need (Anliegen) with its lifecycle. It guards its own rules: who may see it, which transition is
 * allowed from where, that an answer has a text and (when not feasible) a reason, and it records every
 * status change with its date for the public history. Support and comment counters are kept by the
 * database (atomic updates in the participation procedures), never written from here.
 */
@Entity
@EntityListeners(ListingVersion.class)
@Table(name = "need")
@NamedQuery(name = Need.BY_AUTHOR, query = "SELECT n FROM Need n WHERE n.authorId = :authorId ORDER BY n.createdAt DESC")
@NamedQuery(name = Need.QUEUE, query = "SELECT n FROM Need n WHERE n.status IN :statuses"
        + " AND (:field IS NULL OR n.field = :field) AND (:submitterType IS NULL OR n.submitterType = :submitterType)"
        + " ORDER BY n.createdAt")
@NamedQuery(name = Need.BY_TOKEN, query = "SELECT n FROM Need n WHERE n.guestTokenHash = :hash")
@NamedQuery(name = Need.BY_CLUSTER, query = "SELECT n FROM Need n WHERE n.cluster.id = :clusterId ORDER BY n.supportCount DESC")
@NamedQuery(name = Need.UNINDEXED, query = "SELECT n FROM Need n WHERE n.searchTerms IS NULL ORDER BY n.id")
// guests who submitted by mail, confirmed it, and whose address is still kept (their consent lasts until retention)
@NamedQuery(name = Need.GUESTS_OF_NEEDS, query = "SELECT n.guestEmail, n.language FROM Need n WHERE n.id IN :needIds"
        + " AND n.authorId IS NULL AND n.guestEmail IS NOT NULL AND n.guestTokenHash IS NULL")
@NamedQuery(name = Need.IDS_OF_CLUSTER, query = "SELECT n.id FROM Need n WHERE n.cluster.id = :clusterId")
// official answers of listed needs, newest first (the answers feed)
@NamedQuery(name = Need.RECENTLY_ANSWERED, query = "SELECT n FROM Need n WHERE n.listed = true"
        + " AND n.answerText IS NOT NULL AND n.answeredAt IS NOT NULL ORDER BY n.answeredAt DESC, n.id DESC")
@NamedQuery(name = Need.BY_GUEST_EMAIL, query = "SELECT n FROM Need n WHERE n.guestEmail = :email")
// the public contributions of a verified organisation (its page), newest first
@NamedQuery(name = Need.OF_ORGANISATION, query = "SELECT n FROM Need n WHERE n.organisationId = :organisationId"
        + " AND n.listed = true ORDER BY n.publishedAt DESC, n.id DESC")
// native: EclipseLink would run this JPQL through a temporary table, which the application account may not create
@NamedNativeQuery(name = Need.FORGET_FINISHED_GUESTS, query = "UPDATE need n SET n.guest_email = NULL,"
        + " n.guest_token_hash = NULL, n.version = n.version + 1 WHERE n.guest_email IS NOT NULL"
        + " AND ((n.status = 'ANSWERED' AND n.answered_at < ?1) OR (n.status = 'REJECTED' AND EXISTS"
        + " (SELECT 1 FROM need_status_change c WHERE c.need_id = n.id AND c.status = 'REJECTED' AND c.changed_at < ?2)))")
@NamedQuery(name = Need.UNCONFIRMED_BEFORE, query = "SELECT n FROM Need n WHERE n.status ="
        + " de.mitwirken.needs.entity.NeedStatus.UNCONFIRMED AND n.createdAt < :cutoff")
@NamedNativeQuery(name = Need.COMMENTS_UP, query = "UPDATE need SET comment_count = comment_count + 1 WHERE id = ?")
@NamedNativeQuery(name = Need.COMMENTS_DOWN, query = "UPDATE need SET comment_count = comment_count - 1 WHERE id = ? AND comment_count > 0")
@NamedNativeQuery(name = Need.PER_MONTH_AND_FIELD, query = "SELECT DATE_FORMAT(published_at, '%Y-%m') AS month, field, COUNT(*)"
        + " FROM need WHERE status IN ('PUBLISHED', 'ANSWERED') AND hidden = FALSE AND published_at IS NOT NULL"
        + " GROUP BY month, field ORDER BY month")
@NamedNativeQuery(name = Need.PER_FIELD_AND_STATUS, query = "SELECT field, status, COUNT(*) FROM need"
        + " WHERE status IN ('PUBLISHED', 'ANSWERED') AND hidden = FALSE GROUP BY field, status")
public class Need {

    public static final String BY_AUTHOR = "Need.byAuthor";
    public static final String QUEUE = "Need.queue";
    public static final String FORGET_FINISHED_GUESTS = "Need.forgetFinishedGuests";
    public static final String BY_TOKEN = "Need.byToken";
    public static final String BY_CLUSTER = "Need.byCluster";
    public static final String UNINDEXED = "Need.unindexed";
    public static final String OF_ORGANISATION = "Need.ofOrganisation";
    public static final String BY_GUEST_EMAIL = "Need.byGuestEmail";
    public static final String RECENTLY_ANSWERED = "Need.recentlyAnswered";
    /** Address and language of the confirmed guest submitters of the given needs (:needIds). */
    public static final String GUESTS_OF_NEEDS = "Need.guestsOfNeeds";
    public static final String IDS_OF_CLUSTER = "Need.idsOfCluster";
    public static final String UNCONFIRMED_BEFORE = "Need.unconfirmedBefore";
    public static final String COMMENTS_UP = "Need.commentsUp";
    public static final String COMMENTS_DOWN = "Need.commentsDown";
    public static final String PER_MONTH_AND_FIELD = "Need.perMonthAndField";
    public static final String PER_FIELD_AND_STATUS = "Need.perFieldAndStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 20)
    private StrategyField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_type", nullable = false, length = 20)
    private SubmitterType submitterType;

    /** The organisation's name as it was when the need was submitted (older needs: typed text, without an id). */
    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "district", length = 60)
    private String district;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "guest_email", length = 320)
    private String guestEmail;

    @Column(name = "guest_token_hash", length = 64)
    private String guestTokenHash;

    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private NeedStatus status;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    /** Computed by the database (published or answered, and not hidden); only read by list queries. */
    @Column(name = "listed", insertable = false, updatable = false)
    private Boolean listed;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "outcome_reason", length = 1000)
    private String outcomeReason;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answer_easy_text")
    private String answerEasyText;

    @Column(name = "answer_department", length = 200)
    private String answerDepartment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "moderated_edit_at")
    private Instant moderatedEditAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private NeedCluster cluster;

    @Column(name = "support_count", insertable = false, updatable = false)
    private int supportCount;

    /** Of those, the supports of verified people (issue #26); moved by the same statements as support_count. */
    @Column(name = "verified_support_count", insertable = false, updatable = false)
    private int verifiedSupportCount;

    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "search_terms")
    private String searchTerms;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version")
    private long version;

    @ManyToMany
    @JoinTable(name = "need_service", joinColumns = @JoinColumn(name = "need_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<Service> services = new LinkedHashSet<>();

    @OneToMany(mappedBy = "need", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt")
    private List<NeedStatusChange> history = new ArrayList<>();

    protected Need() {
        // for JPA
    }

    private Need(NeedDraft draft, Set<Service> services, Language language, Instant now) {
        this.title = draft.title();
        this.description = draft.description();
        this.field = draft.field();
        this.submitterType = draft.submitterType();
        this.district = draft.district();
        this.services.addAll(services);
        this.language = language;
        this.createdAt = now;
    }

    /**
     * A signed-in person submits: in the moderation queue, or public at once under post-moderation. {@code speaksFor}
     * is the verified organisation the person represents (null for a private citizen), which the boundary checked.
     */
    public static Need submittedBy(long authorId, NeedDraft draft, OrganisationName speaksFor, Set<Service> services,
                                   Language language, ModerationMode mode, Instant now) {
        Need need = new Need(draft, services, language, now);
        if (draft.submitterType().speaksForOrganisation() != (speaksFor != null)) {
            throw Refusal.invalid("organisation", "needs.error.organisation.missing");
        }
        if (speaksFor != null) {
            need.organisationId = speaksFor.id();
            need.organisation = speaksFor.name();
        }
        need.authorId = authorId;
        need.confirmedAt = now;
        need.enterModeration(mode, now);
        return need;
    }

    /** A guest submits with an email address: nothing happens until the link in the mail is followed. */
    public static Need submittedByGuest(String email, String tokenHash, NeedDraft draft, Set<Service> services,
                                        Language language, Instant now) {
        if (draft.submitterType().speaksForOrganisation()) {
            throw Refusal.invalid("organisation", "needs.error.organisation.guest");
        }
        Need need = new Need(draft, services, language, now);
        need.guestEmail = Objects.requireNonNull(email);
        need.guestTokenHash = Objects.requireNonNull(tokenHash);
        need.status = NeedStatus.UNCONFIRMED;
        return need;
    }

    /** The guest followed the confirmation link (double opt-in); the token is used up. */
    public void confirm(String tokenHash, ModerationMode mode, Instant now) {
        require(status == NeedStatus.UNCONFIRMED, "only an unconfirmed need can be confirmed");
        if (guestTokenHash == null || !guestTokenHash.equals(tokenHash)) {
            throw new IllegalArgumentException("wrong confirmation token");
        }
        guestTokenHash = null;
        confirmedAt = now;
        enterModeration(mode, now);
    }

    private void enterModeration(ModerationMode mode, Instant now) {
        changeTo(NeedStatus.SUBMITTED, null, now);
        if (mode == ModerationMode.POST) {
            publish(now);
        }
    }

    public void startReview(Instant now) {
        refuseUnless(status == NeedStatus.SUBMITTED, "needs.error.transition");
        changeTo(NeedStatus.IN_REVIEW, null, now);
    }

    public void publish(Instant now) {
        refuseUnless(status.isInQueue(), "needs.error.transition");
        publishedAt = now;
        changeTo(NeedStatus.PUBLISHED, null, now);
    }

    /** Refused by moderation, with a reason the submitter is told. */
    public void reject(String reason, Instant now) {
        refuseUnless(status.isInQueue() || status == NeedStatus.PUBLISHED, "needs.error.transition");
        String text = CleanText.multiline(reason);
        if (text.isEmpty() || text.length() > 1000) {
            throw Refusal.invalid("rejectReason", "needs.error.rejectReason");
        }
        rejectionReason = text;
        changeTo(NeedStatus.REJECTED, null, now);
    }

    /** The city's official answer; a later answer replaces an earlier one (both dated in the history). */
    public void answer(Answer answer, String answeredBy, Instant now) {
        answer.requireValid();
        refuseUnless(status == NeedStatus.PUBLISHED || status == NeedStatus.ANSWERED, "needs.error.transition");
        // a need is answered as merged only when it belongs to a cluster
        refuseUnless(answer.outcome() != Outcome.MERGED || cluster != null, "needs.error.mergedNeedsCluster");
        this.outcome = answer.outcome();
        this.outcomeReason = answer.reason();
        this.answerText = answer.text();
        this.answerDepartment = answer.department();
        this.answeredAt = now;
        this.answeredBy = answeredBy;
        this.answerEasyText = answer.easyText();
        changeTo(NeedStatus.ANSWERED, answer.outcome(), now);
    }

    /**
     * Adds, replaces or (blank) removes the answer's easy-to-read version (Leichte Sprache) without
     * answering anew; only an answered need has one.
     */
    public void answerInEasyLanguage(String easyText) {
        String version = EasyLanguage.version(easyText);
        require(version == null || answerText != null, "only an answer has an easy-to-read version");
        this.answerEasyText = version;
    }

    /** Typo corrections by moderation stay visible as such ("edited by moderation"). */
    public void correctByModeration(String newTitle, String newDescription, Instant now) {
        NeedDraft corrected = new NeedDraft(newTitle, newDescription, field, SubmitterType.CITIZEN, null, district, Set.of());
        if (corrected.problems(district == null ? List.of() : List.of(district)).keySet().stream()
                .anyMatch(k -> k.equals("title") || k.equals("description"))) {
            throw Refusal.invalid("description", "needs.error.correction");
        }
        this.title = corrected.title();
        this.description = corrected.description();
        this.moderatedEditAt = now;
    }

    public void hide() {
        hidden = true;
    }

    public void unhide() {
        hidden = false;
    }

    public void joinCluster(NeedCluster target) {
        refuseUnless(status.isPublic(), "needs.error.clusterOnlyPublic");
        this.cluster = Objects.requireNonNull(target);
    }

    public void leaveCluster() {
        refuseUnless(outcome != Outcome.MERGED, "needs.error.mergedStays");
        this.cluster = null;
    }

    public void indexAs(String terms) {
        this.searchTerms = terms;
    }

    /** What the public may see: published or answered, and not hidden by moderation. */
    public boolean isPublic() {
        return status.isPublic() && !hidden;
    }

    /** Supporting, commenting and flagging are possible on public needs only. */
    public boolean acceptsParticipation() {
        return isPublic();
    }

    /** A guest's submission whose address was confirmed by the link in the mail (double opt-in). */
    public boolean isConfirmed() {
        return guestEmail != null && guestTokenHash == null;
    }

    public boolean isAuthoredBy(Long profileId) {
        return authorId != null && authorId.equals(profileId);
    }

    private void changeTo(NeedStatus next, Outcome withOutcome, Instant now) {
        status = next;
        history.add(new NeedStatusChange(this, next, withOutcome, now));
    }

    /** A moderation step the need's state does not allow; the key tells the moderator why. */
    private static void refuseUnless(boolean condition, String messageKey) {
        if (!condition) {
            throw Refusal.notAllowed(messageKey);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public StrategyField field() {
        return field;
    }

    public SubmitterType submitterType() {
        return submitterType;
    }

    public String organisation() {
        return organisation;
    }

    /** The verified organisation the need was submitted for; null for citizens and for needs from before. */
    public Long organisationId() {
        return organisationId;
    }

    /** A verified organisation as a need names it: its number and its name at the time. */
    public record OrganisationName(long id, String name) {
    }

    public String district() {
        return district;
    }

    public Long authorId() {
        return authorId;
    }

    public String guestEmail() {
        return guestEmail;
    }

    public Language language() {
        return language;
    }

    public NeedStatus status() {
        return status;
    }

    public boolean hidden() {
        return hidden;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public String answerText() {
        return answerText;
    }

    public String answerEasyText() {
        return answerEasyText;
    }

    public String answerDepartment() {
        return answerDepartment;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant moderatedEditAt() {
        return moderatedEditAt;
    }

    public NeedCluster cluster() {
        return cluster;
    }

    public int supportCount() {
        return supportCount;
    }

    public int verifiedSupportCount() {
        return verifiedSupportCount;
    }

    public int commentCount() {
        return commentCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Set<Service> services() {
        return Set.copyOf(services);
    }

    public List<NeedStatusChange> history() {
        return List.copyOf(history);
    }

    /** A guest's data is removed (retention or deletion); the need stays anonymous. */
    public void forgetGuest() {
        guestEmail = null;
        guestTokenHash = null;
    }
}

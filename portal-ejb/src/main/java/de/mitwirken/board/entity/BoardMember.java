package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A seat held by a person for a term. A member is active from the term's start until its end or until
 * the membership ceased early (with a date and a reason). Only members who consented appear publicly.
 */
@Entity
@Table(name = "board_member")
@NamedQuery(name = BoardMember.ALL, query = "SELECT m FROM BoardMember m JOIN FETCH m.application ORDER BY m.termStart DESC, m.id")
@NamedQuery(name = BoardMember.OF_PROFILE, query = "SELECT m FROM BoardMember m JOIN FETCH m.application WHERE m.profileId = :profile ORDER BY m.termStart")
@NamedQuery(name = BoardMember.ACTIVE_ON, query = "SELECT m FROM BoardMember m WHERE m.termStart <= :day AND m.termEnd > :day "
        + "AND (m.ceasedOn IS NULL OR m.ceasedOn > :day) ORDER BY m.boardRole, m.id")
@NamedQuery(name = BoardMember.ACTIVE_OF_PROFILE, query = "SELECT m FROM BoardMember m WHERE m.profileId = :profile "
        + "AND m.termEnd > :day AND (m.ceasedOn IS NULL OR m.ceasedOn > :day)")
@NamedQuery(name = BoardMember.ACTIVE_IN_ROLE, query = "SELECT m FROM BoardMember m WHERE m.boardRole = :role "
        + "AND m.termEnd > :day AND (m.ceasedOn IS NULL OR m.ceasedOn > :day)")
@NamedQuery(name = BoardMember.ENDED_NOT_REVOKED, query = "SELECT m FROM BoardMember m WHERE m.roleRevokedAt IS NULL "
        + "AND (m.termEnd <= :day OR m.ceasedOn <= :day) ORDER BY m.id")
public class BoardMember {

    /** Memberships that have ended by the day whose board roles were not taken away yet. */
    public static final String ENDED_NOT_REVOKED = "BoardMember.endedNotRevoked";

    public static final String ALL = "BoardMember.all";
    public static final String ACTIVE_ON = "BoardMember.activeOn";
    public static final String OF_PROFILE = "BoardMember.ofProfile";
    public static final String ACTIVE_OF_PROFILE = "BoardMember.activeOfProfile";
    public static final String ACTIVE_IN_ROLE = "BoardMember.activeInRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private BoardApplication application;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "constituency", nullable = false, length = 20, updatable = false)
    private Constituency constituency;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Convert(converter = FieldSetConverter.class)
    @Column(name = "expertise", nullable = false, length = 400)
    private Set<StrategyField> expertise;

    @Column(name = "public_listing", nullable = false)
    private boolean publicListing;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_role", nullable = false, length = 12)
    private BoardRole boardRole;

    @Column(name = "term_start", nullable = false, updatable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false, updatable = false)
    private LocalDate termEnd;

    @Column(name = "ceased_on")
    private LocalDate ceasedOn;

    @Column(name = "role_revoked_at")
    private java.time.Instant roleRevokedAt;

    @Column(name = "ceased_reason")
    private String ceasedReason;

    /** Kept by the database (V36), read for the OParl interface's created/modified filters. */
    @Column(name = "created_at", insertable = false, updatable = false)
    private java.time.Instant createdAt;

    @Column(name = "modified_at", insertable = false, updatable = false)
    private java.time.Instant modifiedAt;

    protected BoardMember() {
        // for JPA
    }

    BoardMember(BoardApplication application, LocalDate termStart, LocalDate termEnd) {
        this.application = application;
        this.profileId = application.applicantId();
        this.constituency = application.constituency();
        this.organisation = application.organisation();
        this.expertise = application.expertise();
        this.publicListing = application.publicListing();
        this.boardRole = BoardRole.MEMBER;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(termStart) && day.isBefore(termEnd) && (ceasedOn == null || ceasedOn.isAfter(day));
    }

    public void assignRole(BoardRole role, LocalDate today) {
        if (!isActiveOn(today)) {
            throw Refusal.notAllowed("board.error.transition").because("only an active member takes a role");
        }
        boardRole = role;
    }

    /** Ends the membership early; the date may be today or within the last 90 days, never before the start. */
    public void cease(LocalDate on, String reason, LocalDate today) {
        if (ceasedOn != null || !today.isBefore(termEnd)) {
            throw Refusal.notAllowed("board.error.transition").because("the membership has ended already");
        }
        if (on == null || on.isAfter(today) || on.isBefore(today.minusDays(90)) || on.isBefore(termStart)) {
            throw Refusal.invalid("date", "board.error.cease.date").because("date");
        }
        String cleaned = CleanText.multiline(reason);
        if (CleanText.length(cleaned) < 5 || CleanText.length(cleaned) > 1000) {
            throw Refusal.invalid("reason", "board.error.cease.reason").because("reason");
        }
        ceasedOn = on;
        ceasedReason = cleaned;
        boardRole = BoardRole.MEMBER;
    }

    /** The person deleted their account: they are no longer listed anywhere public. */
    public void hideFromDirectory() {
        publicListing = false;
    }

    /**
     * The member gives or withdraws the consent to be listed publicly (directory, OParl). Answers whether it changed.
     */
    public boolean listPublicly(boolean listed) {
        boolean changed = publicListing != listed;
        publicListing = listed;
        return changed;
    }

    public java.time.Instant createdAt() {
        return createdAt;
    }

    public java.time.Instant modifiedAt() {
        return modifiedAt;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("role", boardRole);
        state.put("termEnd", termEnd);
        state.put("ceasedOn", ceasedOn);
        state.put("ceasedReason", ceasedReason);
        return state;
    }

    /** The end of the membership was passed on to Keycloak (the board roles are taken away). */
    public void rolesRevoked(java.time.Instant now) {
        roleRevokedAt = now;
    }

    public java.time.Instant roleRevokedAt() {
        return roleRevokedAt;
    }

    public Long id() {
        return id;
    }

    public BoardApplication application() {
        return application;
    }

    public long profileId() {
        return profileId;
    }

    public Constituency constituency() {
        return constituency;
    }

    public String organisation() {
        return organisation;
    }

    /** The verified organisation the member sits for (from the application); null for private persons and older ones. */
    public Long organisationId() {
        return application.organisationId();
    }

    public Set<StrategyField> expertise() {
        return Set.copyOf(expertise);
    }

    public boolean publicListing() {
        return publicListing;
    }

    public BoardRole role() {
        return boardRole;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public LocalDate ceasedOn() {
        return ceasedOn;
    }

    public String ceasedReason() {
        return ceasedReason;
    }
}

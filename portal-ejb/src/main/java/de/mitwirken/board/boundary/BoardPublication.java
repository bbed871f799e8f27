package de.mitwirken.board.boundary;

import de.mitwirken.board.control.BoardPdf;
import de.mitwirken.board.entity.AgendaItem;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.BoardPerson;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.PublicationWithdrawal;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.WorkingGroup;
import de.mitwirken.platform.boundary.IdentityFacade;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board as open data (OParl, issue #25): listed members with their terms, meetings with their public agenda and
 * published minutes, adopted recommendations, working groups with their listed members, and the withdrawals clients
 * must learn of. Nothing here is more than
 * the public board pages show; the PDFs are printed from the same public content.
 */
@Stateless
@PermitAll
public class BoardPublication {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    BoardPdf pdf;

    @Inject
    Clock clock;

    /**
     * Everything the board publishes as open data, read once: the memberships (terms) their members consented to
     * list, the withdrawals clients must learn of, the meetings, the adopted recommendations and the working groups
     * with the places that left the public. One read per request: the parts depend on the same listed memberships
     * and tombstones, which each part used to read again for itself.
     */
    public Published.Board openData() {
        List<Published.Membership> memberships = memberships();
        Set<Long> listed = memberships.stream().map(Published.Membership::id).collect(Collectors.toSet());
        List<PublicationWithdrawal> tombstones = em.createNamedQuery(PublicationWithdrawal.ALL,
                PublicationWithdrawal.class).getResultList();
        List<Published.Withdrawal> withdrawals = withdrawals(tombstones, listed);
        Map<Long, java.time.Instant> withdrawn = withdrawals.stream()
                .filter(w -> w.kind() == Published.Withdrawal.Kind.MEMBERSHIP)
                .collect(Collectors.toMap(Published.Withdrawal::memberId, Published.Withdrawal::at));
        List<WorkingGroup> groups = em.createNamedQuery(WorkingGroup.ALL, WorkingGroup.class).getResultList();
        return new Published.Board(memberships, withdrawals, meetings(listed, withdrawn), recommendations(),
                workingGroups(groups, memberships, withdrawn), groupWithdrawals(groups, tombstones, listed, withdrawn));
    }

    /**
     * The board's memberships (terms) their members consented to list, of people who still have an account, by id
     * (the stable order of the lists); each names its person under the person's public key (BoardPerson, V41).
     */
    private List<Published.Membership> memberships() {
        List<BoardMember> all = em.createNamedQuery(BoardMember.ALL, BoardMember.class).getResultStream()
                .filter(BoardMember::publicListing).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> profiles = all.stream().map(BoardMember::profileId).collect(Collectors.toSet());
        Map<Long, IdentityFacade.PersonName> names = identity.names(List.copyOf(profiles));
        Map<Long, String> keys = em.createNamedQuery(BoardPerson.OF_PROFILES, BoardPerson.class)
                .setParameter("profiles", profiles).getResultStream()
                .collect(Collectors.toMap(BoardPerson::profileId, BoardPerson::personKey));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Published.Person> persons = new HashMap<>();
        return all.stream()
                .filter(m -> names.containsKey(m.profileId()) && !names.get(m.profileId()).former()
                        && keys.containsKey(m.profileId()))
                .map(m -> new Published.Membership(m.id(), Published.BOARD,
                        persons.computeIfAbsent(m.profileId(), p -> new Published.Person(keys.get(p),
                                names.get(p).displayName())),
                        m.role(), m.constituency(), m.organisation(), m.termStart(),
                        m.ceasedOn() != null ? m.ceasedOn() : m.termEnd(), m.isActiveOn(today), m.createdAt(),
                        m.modifiedAt()))
                .sorted(Comparator.comparing(Published.Membership::id)).toList();
    }

    /**
     * Memberships withdrawn from the public (and not listed again), by id, with the key of their person; and the
     * Persons per membership served before V41.
     */
    private static List<Published.Withdrawal> withdrawals(List<PublicationWithdrawal> tombstones, Set<Long> listed) {
        return tombstones.stream()
                .map(w -> switch (w.kind()) {
                    case MEMBER -> listed.contains(w.localId()) ? null
                            : Published.Withdrawal.membership(w.localId(), w.personKey(), w.withdrawnAt());
                    case MEMBER_PERSON -> new Published.Withdrawal(Published.Withdrawal.Kind.PERSON_OF_MEMBERSHIP,
                            w.localId(), null, w.withdrawnAt());
                    case GROUP_MEMBERSHIP -> null; // see groupWithdrawals
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * All working groups, active and dissolved, by id, with the places of listed members only. A group counts as
     * modified when a member joined or left (its row changes then) or one of its members left the public.
     */
    private static List<Published.WorkingGroup> workingGroups(List<WorkingGroup> groups,
            List<Published.Membership> memberships, Map<Long, java.time.Instant> withdrawn) {
        Map<Long, Published.Person> listed = memberships.stream()
                .collect(Collectors.toMap(Published.Membership::id, Published.Membership::person));
        return groups.stream().map(g -> workingGroup(g, listed, withdrawn))
                .sorted(Comparator.comparing(Published.WorkingGroup::id)).toList();
    }

    /**
     * Places in working groups that left the public: the member was taken out of the group (a tombstone), or the
     * member is no longer listed (the member's own withdrawal, at its time), by id.
     */
    private static List<Published.GroupWithdrawal> groupWithdrawals(List<WorkingGroup> groups,
            List<PublicationWithdrawal> tombstones, Set<Long> listed, Map<Long, java.time.Instant> withdrawn) {
        java.util.stream.Stream<Published.GroupWithdrawal> removed = tombstones.stream()
                .filter(w -> w.kind() == PublicationWithdrawal.Kind.GROUP_MEMBERSHIP)
                .map(w -> new Published.GroupWithdrawal(w.localId(), w.personKey(), w.withdrawnAt()));
        java.util.stream.Stream<Published.GroupWithdrawal> unlisted = groups.stream().flatMap(g -> g.members().stream())
                .filter(m -> !listed.contains(m.member().id()) && withdrawn.containsKey(m.member().id()))
                .map(m -> new Published.GroupWithdrawal(m.id(), null, withdrawn.get(m.member().id())));
        return java.util.stream.Stream.concat(removed, unlisted)
                .sorted(Comparator.comparing(Published.GroupWithdrawal::membershipId)).toList();
    }

    private static Published.WorkingGroup workingGroup(WorkingGroup g, Map<Long, Published.Person> listed,
                                                       Map<Long, java.time.Instant> withdrawn) {
        List<Published.GroupMembership> memberships = g.members().stream()
                .filter(m -> listed.containsKey(m.member().id()))
                .map(m -> new Published.GroupMembership(m.id(), g.id(), m.member().id(), listed.get(m.member().id()),
                        m.joinedOn(), m.endsOn(), m.createdAt(), m.modifiedAt()))
                .toList();
        java.time.Instant modified = java.util.stream.Stream.concat(
                        memberships.stream().map(Published.GroupMembership::modified),
                        g.members().stream().map(m -> withdrawn.get(m.member().id())))
                .filter(java.util.Objects::nonNull).reduce(g.modifiedAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        return new Published.WorkingGroup(g.id(), g.name(), g.mandate(), g.definedOn(), g.dissolvedOn(), g.createdAt(),
                modified, memberships);
    }

    /** All meetings (their dates and agendas are public), by id. */
    private List<Published.Meeting> meetings(Set<Long> listed, Map<Long, java.time.Instant> withdrawn) {
        return em.createNamedQuery(Meeting.ALL, Meeting.class).getResultStream()
                .map(m -> meeting(m, listed, withdrawn)).sorted(Comparator.comparing(Published.Meeting::id)).toList();
    }

    /** Recommendations the board adopted (submitted to their addressee and on), by id. */
    private List<Published.Recommendation> recommendations() {
        return em.createNamedQuery(Recommendation.VOTED, Recommendation.class).getResultStream()
                .filter(r -> r.status().isTracked())
                .map(r -> new Published.Recommendation(r.id(), r.title(), r.body(), r.addressee(), r.status(),
                        r.meeting() == null ? null : r.meeting().id(), votedUnder(r), r.votedAt(), r.draftedAt(),
                        r.modifiedAt()))
                .sorted(Comparator.comparing(Published.Recommendation::id)).toList();
    }

    /** The agenda point of the voting meeting that carried the recommendation, if the office named one. */
    private static Long votedUnder(Recommendation r) {
        return r.meeting() == null ? null : r.meeting().agenda().stream()
                .filter(a -> r.id().equals(a.recommendationId())).map(AgendaItem::id).findFirst().orElse(null);
    }

    /** An adopted recommendation as a tagged PDF; empty for others. */
    public Optional<byte[]> recommendationPdf(long id) {
        Recommendation r = em.find(Recommendation.class, id);
        return r == null || !r.status().isTracked() ? Optional.empty() : Optional.of(pdf.recommendation(r));
    }

    /** A meeting's public agenda (the invitation) as a tagged PDF. */
    public Optional<byte[]> agendaPdf(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        return m == null ? Optional.empty() : Optional.of(pdf.agenda(m));
    }

    /** A meeting's published minutes (public points only) as a tagged PDF; empty before they are approved. */
    public Optional<byte[]> minutesPdf(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        return m == null || m.status() != MeetingStatus.MINUTES_APPROVED ? Optional.empty()
                : Optional.of(pdf.minutes(m));
    }

    /** Modified also when a participant was withdrawn: the meeting's list of participants changed then. */
    private static Published.Meeting meeting(Meeting m, Set<Long> listed, Map<Long, java.time.Instant> withdrawn) {
        boolean published = m.status() == MeetingStatus.MINUTES_APPROVED;
        boolean held = published || m.status() == MeetingStatus.HELD;
        List<Long> participants = held ? m.invitations().stream().filter(Invitation::present)
                .map(Invitation::memberId).filter(listed::contains).sorted().toList() : List.of();
        java.time.Instant modified = java.util.stream.Stream.concat(m.agenda().stream().map(AgendaItem::modifiedAt),
                        m.invitations().stream().filter(Invitation::present).map(i -> withdrawn.get(i.memberId())))
                .filter(java.util.Objects::nonNull).reduce(m.modifiedAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        return new Published.Meeting(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.status(), published,
                m.createdAt(), modified, m.agenda().stream().map(a -> item(a, published)).toList(), participants);
    }

    private static String sha512(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-512").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java platform", e);
        }
    }

    private static Published.AgendaItem item(AgendaItem a, boolean published) {
        boolean shown = published && a.publicMinutes();
        return new Published.AgendaItem(a.id(), a.meeting().id(), a.position(), a.title(), a.publicMinutes(),
                shown ? a.minutes() : null, shown ? a.votesYes() : null, shown ? a.votesNo() : null,
                shown ? a.votesAbstain() : null, a.modifiedAt(),
                a.documents().stream().filter(de.mitwirken.board.entity.AgendaDocument::isPublic)
                        .map(d -> new Published.Document(d.id(), a.id(), d.filename(), d.contentType(), d.sizeBytes(),
                                d.uploadedAt(), sha512(d.content()))).toList());
    }
}

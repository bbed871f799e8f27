package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.RecommendationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the board publishes for open-data interfaces (OParl), as plain values: only what the public may read, with
 * the times clients filter on. Optional values are null where the source has none.
 */
public final class Published {

    private Published() {
    }

    /** The organization of the board's memberships (OParl: /oparl/organization/board). */
    public static final String BOARD = "board";

    /**
     * A person with at least one listed membership, under their public key (BoardPerson: the same for all their
     * terms). Only a display name: the identity data holds no given and family name apart.
     */
    public record Person(String key, String name) {
    }

    /**
     * A membership someone consented to list: one per term, of an organization (its local id, {@link #BOARD} for the
     * board; further bodies such as working groups add memberships of the same persons under their own id). Current
     * while the term runs (not ended or ceased). The id is the board member's id; another organization's memberships
     * need ids that do not collide with it.
     */
    public record Membership(long id, String organization, Person person, BoardRole role, Constituency constituency,
                             String organisation, LocalDate termStart, LocalDate termEnd, boolean current,
                             Instant created, Instant modified) {
    }

    /** A meeting; participants are the members present (membership ids) who are listed publicly (after it was held). */
    public record Meeting(long id, String title, Instant starts, Instant ends, String place, MeetingStatus status,
                          boolean minutesPublished, Instant created, Instant modified, List<AgendaItem> agenda,
                          List<Long> participants) {
    }

    /**
     * An agenda point; result and minutes only from published minutes marked public, the vote counts with them.
     */
    public record AgendaItem(long id, long meetingId, int position, String title, boolean publicPoint,
                             String minutes, Integer votesYes, Integer votesNo, Integer votesAbstain,
                             Instant modified, List<Document> documents) {
    }

    /** A public document of an agenda point, with the SHA-512 of its content (hex). */
    public record Document(long id, long agendaItemId, String filename, String contentType, int size,
                           Instant uploaded, String sha512) {
    }

    /** A recommendation the board adopted, with the meeting it was voted in and the agenda point, if one carried it. */
    public record Recommendation(long id, String title, String body, Addressee addressee, RecommendationStatus status,
                                 Long meetingId, Long agendaItemId, Instant voted, Instant drafted, Instant modified) {
    }

    /**
     * Something public once and withdrawn since. MEMBERSHIP: a listed membership (with the key of its person, when
     * recorded; their Person is deleted when no listed membership of theirs remains). PERSON_OF_MEMBERSHIP: the Person
     * per membership served before persons had a key of their own (/person/&lt;member id&gt;).
     */
    public record Withdrawal(Kind kind, long memberId, String personKey, Instant at) {

        public enum Kind { MEMBERSHIP, PERSON_OF_MEMBERSHIP }

        public static Withdrawal membership(long memberId, String personKey, Instant at) {
            return new Withdrawal(Kind.MEMBERSHIP, memberId, personKey, at);
        }
    }

    /**
     * A working group of the board (active or dissolved: end is its dissolution), with the memberships of the members
     * who are listed publicly; modified also when one of those left the public.
     */
    public record WorkingGroup(long id, String name, String mandate, LocalDate start, LocalDate end, Instant created,
                               Instant modified, List<GroupMembership> memberships) {
    }

    /**
     * A listed member's place in a working group: {@code memberId} is the board membership (term) it belongs to,
     * {@code person} that membership's person.
     */
    public record GroupMembership(long id, long groupId, long memberId, Person person, LocalDate start, LocalDate end,
                                  Instant created, Instant modified) {
    }

    /**
     * A place in a working group withdrawn from the public (the member left the group or withdrew consent), with the
     * public key of the person whose Person embedded it (null when the consent was withdrawn: the person went too).
     */
    public record GroupWithdrawal(long membershipId, String personKey, Instant at) {
    }

    /** All the board publishes, read at once ({@code BoardPublication.openData()}). */
    public record Board(List<Membership> memberships, List<Withdrawal> withdrawals, List<Meeting> meetings,
                        List<Recommendation> recommendations, List<WorkingGroup> workingGroups,
                        List<GroupWithdrawal> groupWithdrawals) {
    }
}

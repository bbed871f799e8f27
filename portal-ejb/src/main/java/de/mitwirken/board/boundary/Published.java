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

    /** A member who consented to be listed: the person and the membership (one per term). */
    public record Member(long id, String name, BoardRole role, Constituency constituency, String organisation,
                         LocalDate termStart, LocalDate termEnd, Instant created, Instant modified) {
    }

    /** A meeting; participants are the members present who are listed publicly (after it was held). */
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

    /** Something public once and withdrawn since (a member: person and membership). */
    public record Withdrawal(long memberId, Instant at) {
    }
}

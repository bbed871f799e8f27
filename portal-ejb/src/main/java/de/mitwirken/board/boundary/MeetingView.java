package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.AgendaItem;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.Quorum;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A meeting as pages show it: the full view for the office and the chair, a filtered one for the public. */
public record MeetingView(long id, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
                         MeetingStatus status, Quorum quorum, List<Agenda> agenda, List<Guest> invitations,
                         Long minutesApprovedIn, int quorumPercent, Instant changedAt, String changeReason)
        implements Serializable {

    /** An agenda point with the titles of what it links to (null where it links nothing or nothing public). */
    public record Agenda(long id, int position, String title, String presenter, int durationMinutes,
                         Long backlogItemId, String backlogItemTitle, Long needId, String needTitle, String minutes,
                         boolean publicMinutes, List<Document> documents, List<RecusalView> recused,
                         Integer votesYes, Integer votesNo, Integer votesAbstain)
            implements Serializable {

        Agenda withRecused(List<RecusalView> declared) {
            return new Agenda(id, position, title, presenter, durationMinutes, backlogItemId, backlogItemTitle, needId,
                    needTitle, minutes, publicMinutes, documents, declared, votesYes, votesNo, votesAbstain);
        }

        /** Whether the point was voted on (the counts are there). */
        public boolean voted() {
            return votesYes != null;
        }
    }

    /**
     * The same meeting with the conflicts declared per agenda point (the minutes record them); the public view
     * drops personal reasons.
     */
    MeetingView withRecusals(Map<Long, List<RecusalView>> byAgendaItem, boolean forThePublic) {
        List<Agenda> items = agenda.stream().map(a -> a.withRecused(byAgendaItem.getOrDefault(a.id(), List.of())
                .stream().map(r -> forThePublic ? new RecusalView(r.memberId(), r.name(), r.publicReason(), r.personal())
                        : r).toList())).toList();
        return new MeetingView(id, title, startsAt, endsAt, place, onlineLink, status, quorum, items, invitations,
                minutesApprovedIn, quorumPercent, changedAt, changeReason);
    }

    /** A PDF of an agenda point. */
    public record Document(long id, String filename, int sizeBytes, boolean isPublic) implements Serializable {
    }

    /** An invited member: their answer and whether they were there. */
    public record Guest(long memberId, String name, Invitation.Response response, boolean present)
            implements Serializable {
    }

    static MeetingView full(Meeting m, Map<Long, String> memberNames, Map<Long, String> itemTitles,
                            Map<Long, String> needTitles) {
        return new MeetingView(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.onlineLink(), m.status(),
                m.quorum(), m.agenda().stream().map(a -> agenda(a, itemTitles, needTitles, a.minutes(), false)).toList(),
                m.invitations().stream().map(i -> new Guest(i.memberId(), memberNames.get(i.memberId()), i.response(),
                        i.present())).toList(), m.minutesApprovedIn() == null ? null : m.minutesApprovedIn().id(),
                m.quorumPercent(), m.changedAt(), m.changeReason());
    }

    /** What the public sees: no names of who came or answered, minutes only approved and public. */
    static MeetingView forThePublic(Meeting m, Map<Long, String> itemTitles, Map<Long, String> needTitles) {
        boolean published = m.status() == MeetingStatus.MINUTES_APPROVED;
        return new MeetingView(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), null, m.status(),
                m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.INVITED ? null : m.quorum(),
                m.agenda().stream().map(a -> agenda(a, itemTitles, needTitles,
                        published && a.publicMinutes() ? a.minutes() : null, true)).toList(), List.of(),
                m.minutesApprovedIn() == null ? null : m.minutesApprovedIn().id(), m.quorumPercent(),
                m.changedAt(), m.cancelled() ? m.changeReason() : null);
    }

    private static Agenda agenda(AgendaItem a, Map<Long, String> itemTitles, Map<Long, String> needTitles,
                                 String minutes, boolean publicOnly) {
        return new Agenda(a.id(), a.position(), a.title(), a.presenter(), a.durationMinutes(), a.backlogItemId(),
                a.backlogItemId() == null ? null : itemTitles.get(a.backlogItemId()), a.needId(),
                a.needId() == null ? null : needTitles.get(a.needId()), minutes, a.publicMinutes(),
                a.documents().stream().filter(d -> !publicOnly || d.isPublic())
                        .map(d -> new Document(d.id(), d.filename(), d.sizeBytes(), d.isPublic())).toList(), List.of(),
                publicOnly && minutes == null ? null : a.votesYes(), publicOnly && minutes == null ? null : a.votesNo(),
                publicOnly && minutes == null ? null : a.votesAbstain());
    }

    public boolean minutesPublished() {
        return status == MeetingStatus.MINUTES_APPROVED;
    }
}

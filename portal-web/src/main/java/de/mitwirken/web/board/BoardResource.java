package de.mitwirken.web.board;

import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.board.entity.VoteChoice;
import de.mitwirken.strategy.StrategyField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The advisory board's public data as JSON: the member directory (only members who consented), the open
 * calls with their free seats, the meetings with their public minutes once approved, and the voted
 * recommendations with their way.
 */
@Path("board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    PublicBoard board;

    /** A listed member: what they consented to show. */
    public record Member(String name, BoardRole role, Constituency constituency, String organisation,
                         List<StrategyField> expertise, LocalDate termStart, LocalDate termEnd) {
        static Member of(MemberView m) {
            return new Member(m.name(), m.role(), m.constituency(), m.organisation(), m.expertise(), m.termStart(),
                    m.termEnd());
        }
    }

    /** Seats of one constituency in a call. */
    public record Seats(Constituency constituency, int seats, int free) {
    }

    /** An open call for applications. */
    public record Call(long id, String title, String description, LocalDate opensOn, LocalDate closesOn,
                       int termMonths, List<Seats> seats) {
        static Call of(CallView c) {
            return new Call(c.id(), c.title(), c.description(), c.opensOn(), c.closesOn(), c.termMonths(),
                    c.seats().stream().map(s -> new Seats(s.constituency(), s.seats(), s.free())).toList());
        }
    }

    /** An agenda point; minutes only where approved and public. */
    public record AgendaPoint(int position, String title, String presenter, int durationMinutes, Long backlogItemId,
                              Long needId, String minutes) {
    }

    /** A meeting as the public sees it. */
    public record Meeting(long id, String title, Instant startsAt, Instant endsAt, String place, String status,
                          Integer membersPresent, Integer members, Boolean quorate, boolean minutesPublished,
                          List<AgendaPoint> agenda) {
        static Meeting of(MeetingView m) {
            return new Meeting(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.status().name(),
                    m.quorum() == null ? null : m.quorum().present(), m.quorum() == null ? null : m.quorum().members(),
                    m.quorum() == null ? null : m.quorum().reached(), m.minutesPublished(),
                    m.agenda().stream().map(a -> new AgendaPoint(a.position(), a.title(), a.presenter(),
                            a.durationMinutes(), a.backlogItemTitle() == null ? null : a.backlogItemId(),
                            a.needTitle() == null ? null : a.needId(), a.minutes())).toList());
        }
    }

    /** A step of a recommendation's way. */
    public record Step(String status, LocalDate date, String answeredBy, String note) {
    }

    /**
     * A voted recommendation: the vote (names only for open votes) and the answers it received; easyText is
     * the text in Leichte Sprache (easy-to-read German), left out when there is none.
     */
    public record Recommendation(long id, String title, String text, String addressee, String status, Long meetingId,
                                 Integer yes, Integer no, Integer abstain, Boolean openVote, List<String> votedYes,
                                 List<String> votedNo, List<String> abstained, List<Step> steps, Long backlogItemId,
                                 String easyText) {
        static Recommendation of(RecommendationView r) {
            return new Recommendation(r.id(), r.title(), r.body(), r.addressee().name(), r.status().name(),
                    r.meetingId(), r.yes(), r.no(), r.abstain(), r.openVote(), names(r, VoteChoice.YES),
                    names(r, VoteChoice.NO), names(r, VoteChoice.ABSTAIN),
                    r.steps().stream().map(s -> new Step(s.status().name(), s.onDate(), s.answeredBy(), s.note())).toList(),
                    r.backlogItemTitle() == null ? null : r.backlogItemId(), r.easyText());
        }

        private static List<String> names(RecommendationView r, VoteChoice choice) {
            return r.voters().stream().filter(v -> v.choice() == choice && v.name() != null)
                    .map(RecommendationView.Voter::name).toList();
        }
    }

    /** Members, open calls, meetings and recommendations in one document. */
    public record Board(List<Member> members, List<Call> openCalls, List<Meeting> upcomingMeetings,
                        List<Meeting> meetingsWithMinutes, List<Recommendation> recommendations) {
    }

    @GET
    public Board overview() {
        return new Board(members(), calls(), board.upcomingMeetings().stream().map(Meeting::of).toList(),
                board.meetingsWithMinutes().stream().map(Meeting::of).toList(), recommendations());
    }

    @GET
    @Path("recommendations")
    public List<Recommendation> recommendations() {
        return board.recommendations().stream().map(Recommendation::of).toList();
    }

    @GET
    @Path("meetings")
    public List<Meeting> meetings() {
        List<Meeting> meetings = new java.util.ArrayList<>(board.upcomingMeetings().stream().map(Meeting::of).toList());
        meetings.addAll(board.meetingsWithMinutes().stream().map(Meeting::of).toList());
        return meetings;
    }

    @GET
    @Path("members")
    public List<Member> members() {
        return board.directory().stream().map(Member::of).toList();
    }

    @GET
    @Path("calls")
    public List<Call> calls() {
        return board.openCalls().stream().map(Call::of).toList();
    }
}

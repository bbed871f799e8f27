package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.board.entity.VoteChoice;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A recommendation with its vote (names only for open votes), the answers it received, and its text in
 * Leichte Sprache (null when there is none), and the id of the council paper that is the council's response (read
 * through council.boundary.CouncilPapers; null: none yet).
 */
public record RecommendationView(long id, String title, String body, Addressee addressee, RecommendationStatus status,
                                 String draftedBy, Instant draftedAt, Long meetingId, String meetingTitle,
                                 Instant meetingStartsAt, Integer yes, Integer no, Integer abstain, Boolean openVote,
                                 List<Voter> voters, List<Step> steps, Long backlogItemId, String backlogItemTitle,
                                 String easyText, List<RecusalView> recused, Long councilPaperId, boolean verifiedOnly)
        implements Serializable {

    /** A named vote of an open vote. */
    public record Voter(String name, VoteChoice choice) implements Serializable {
    }

    /** A step of the recommendation's way. */
    public record Step(RecommendationStatus status, LocalDate onDate, String answeredBy, String note)
            implements Serializable {
    }

    static RecommendationView of(Recommendation r, Map<Long, String> memberNames, Map<Long, String> itemTitles,
                                 List<RecusalView> recused) {
        return new RecommendationView(r.id(), r.title(), r.body(), r.addressee(), r.status(),
                memberNames.get(r.draftedBy()), r.draftedAt(), r.meeting() == null ? null : r.meeting().id(),
                r.meeting() == null ? null : r.meeting().title(), r.meeting() == null ? null : r.meeting().startsAt(),
                r.votesYes(), r.votesNo(), r.votesAbstain(), r.openVote(),
                r.votes().stream().map(v -> new Voter(memberNames.get(v.memberId()), v.vote()))
                        .sorted(Comparator.comparing(v -> String.valueOf(v.name()))).toList(),
                r.steps().stream().map(s -> new Step(s.status(), s.onDate(), s.answeredBy(), s.note())).toList(),
                r.backlogItemId(), r.backlogItemId() == null ? null : itemTitles.get(r.backlogItemId()), r.easyText(),
                recused, r.councilPaperId(), r.verifiedOnly());
    }

    public boolean voted() {
        return status != RecommendationStatus.DRAFT;
    }

    public List<RecommendationStatus> nextSteps() {
        return status.next().stream().sorted().toList();
    }
}

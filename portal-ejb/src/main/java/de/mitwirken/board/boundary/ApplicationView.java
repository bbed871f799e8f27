package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.ApplicationStatus;
import de.mitwirken.board.entity.BoardApplication;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An application as its applicant and its reviewers see it. */
public record ApplicationView(long id, long callId, String callTitle, String applicantName, Constituency constituency,
                              String organisation, List<StrategyField> expertise, String motivation,
                              boolean hasConflicts, String conflictDetails, boolean publicListing,
                              ApplicationStatus status, String reason, Instant submittedAt, Instant decidedAt,
                              boolean applicantVerified) implements Serializable {

    static ApplicationView of(BoardApplication a, String applicantName) {
        return of(a, applicantName, false);
    }

    /** With the applicant's trust level (issue #26), for the reviewers' "verified" mark. */
    static ApplicationView of(BoardApplication a, String applicantName, boolean applicantVerified) {
        return new ApplicationView(a.id(), a.call().id(), a.call().title(), applicantName, a.constituency(),
                a.organisation(), a.expertise().stream().sorted().toList(), a.motivation(), a.hasConflicts(),
                a.conflictDetails(), a.publicListing(), a.status(), a.reason(), a.submittedAt(), a.decidedAt(),
                applicantVerified);
    }

    public boolean open() {
        return status.isOpen();
    }
}

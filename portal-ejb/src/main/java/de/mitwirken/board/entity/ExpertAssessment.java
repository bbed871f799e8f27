package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board member's expert view of a backlog item: impact and feasibility on a scale of 1 to 5, with a
 * comment. The mean feasibility of all members' assessments is the board's confidence in the item:
 * 1 → 20 %, 5 → 100 %.
 */
@Entity
@Table(name = "board_assessment")
@NamedQuery(name = ExpertAssessment.OF_ITEM, query = "SELECT a FROM ExpertAssessment a WHERE a.backlogItemId = :item ORDER BY a.assessedAt")
@NamedQuery(name = ExpertAssessment.OF_MEMBER_AND_ITEM, query = "SELECT a FROM ExpertAssessment a WHERE a.memberId = :member AND a.backlogItemId = :item")
@NamedQuery(name = ExpertAssessment.OF_MEMBERS, query = "SELECT a FROM ExpertAssessment a WHERE a.memberId IN :members ORDER BY a.assessedAt DESC")
public class ExpertAssessment {

    public static final String OF_ITEM = "ExpertAssessment.ofItem";
    public static final String OF_MEMBER_AND_ITEM = "ExpertAssessment.ofMemberAndItem";
    public static final String OF_MEMBERS = "ExpertAssessment.ofMembers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "backlog_item_id", nullable = false, updatable = false)
    private long backlogItemId;

    @Column(name = "impact", nullable = false)
    private int impact;

    @Column(name = "feasibility", nullable = false)
    private int feasibility;

    @Column(name = "comment")
    private String comment;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected ExpertAssessment() {
        // for JPA
    }

    public ExpertAssessment(long memberId, long backlogItemId, Integer impact, Integer feasibility, String comment,
                            Instant now) {
        this.memberId = memberId;
        this.backlogItemId = backlogItemId;
        revise(impact, feasibility, comment, now);
    }

    /** A member may change their mind; the latest assessment counts. */
    public void revise(Integer newImpact, Integer newFeasibility, String newComment, Instant now) {
        if (!problems(newImpact, newFeasibility, newComment).isEmpty()) {
            throw new IllegalArgumentException("invalid assessment");
        }
        impact = newImpact;
        feasibility = newFeasibility;
        comment = newComment == null || newComment.isBlank() ? null : CleanText.multiline(newComment);
        assessedAt = now;
    }

    public static Map<String, String> problems(Integer impact, Integer feasibility, String comment) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (impact == null || impact < 1 || impact > 5) {
            problems.put("impact", "board.error.assessment.scale");
        }
        if (feasibility == null || feasibility < 1 || feasibility > 5) {
            problems.put("feasibility", "board.error.assessment.scale");
        }
        if (comment != null && CleanText.length(CleanText.multiline(comment)) > 2000) {
            problems.put("comment", "board.error.assessment.comment");
        }
        return problems;
    }

    /** The board's confidence in % from the assessments of an item (null without any). */
    public static Integer confidence(List<ExpertAssessment> assessments) {
        if (assessments.isEmpty()) {
            return null;
        }
        double meanFeasibility = assessments.stream().mapToInt(ExpertAssessment::feasibility).average().orElseThrow();
        return (int) Math.round(meanFeasibility * 20);
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public long backlogItemId() {
        return backlogItemId;
    }

    public int impact() {
        return impact;
    }

    public int feasibility() {
        return feasibility;
    }

    public String comment() {
        return comment;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}

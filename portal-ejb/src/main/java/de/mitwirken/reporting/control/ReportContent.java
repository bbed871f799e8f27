package de.mitwirken.reporting.control;

import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.reporting.entity.ReportPeriod;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a progress report says, composed from backlog, needs and board data before it is rendered (as HTML and,
 * from the same HTML, as PDF). Plain data, so that composition and rendering can be tested without a
 * database.
 */
public record ReportContent(ReportPeriod period, Instant generatedAt, Map<StrategyField, FieldSection> fields,
                            List<KpiMovement> kpis, List<RecommendationLine> recommendations, List<Decision> decisions,
                            List<OpenDivergence> openDivergences, List<MilestoneLine> reachedMilestones,
                            List<MilestoneLine> overdueMilestones) {

    /** The content without milestones (tests and reports of a time before milestones had dates). */
    public ReportContent(ReportPeriod period, Instant generatedAt, Map<StrategyField, FieldSection> fields,
                         List<KpiMovement> kpis, List<RecommendationLine> recommendations, List<Decision> decisions,
                         List<OpenDivergence> openDivergences) {
        this(period, generatedAt, fields, kpis, recommendations, decisions, openDivergences, List.of(), List.of());
    }

    /** A milestone of a published item: reached in the period (reachedOn) or overdue at its end (reachedOn null). */
    public record MilestoneLine(long itemId, String itemTitle, String title, LocalDate dueDate, LocalDate reachedOn) {
    }

    /** A measured value of a KPI, for its chart and the table beside it. */
    public record KpiPoint(LocalDate date, double value) {
    }

    /**
     * A recommendation of the advisory board voted on or before the end of the period: the vote, its status
     * at the end of the period, who answered last, and whether it moved in the period.
     */
    public record RecommendationLine(long id, String title, Addressee addressee, LocalDate votedOn, int yes, int no,
                                     int abstain, RecommendationStatus statusAtEnd, String lastAnsweredBy,
                                     boolean movedInPeriod) {
    }

    /** One strategy field: items that changed status, new public needs (count and the most supported), new clusters. */
    public record FieldSection(List<ItemChange> items, long newNeeds, List<NeedLine> topNeeds, List<ClusterLine> clusters) {

        public boolean isEmpty() {
            return items.isEmpty() && newNeeds == 0 && clusters.isEmpty();
        }
    }

    /**
     * A backlog item whose status changed in the period: its status before the period (null when it was
     * created in the period), its status at the end and the day of its last change.
     */
    public record ItemChange(long itemId, String title, ItemStatus before, ItemStatus after, LocalDate changedOn) {
    }

    public record NeedLine(long needId, String title, long supporters) {
    }

    /** A cluster created in the period, with the number of its public needs in this field. */
    public record ClusterLine(long clusterId, String title, long needs) {
    }

    /** Which way a KPI moved in the period, counted in its direction (lower-is-better falls to improve). */
    public enum Movement { IMPROVED, WORSENED, UNCHANGED, NO_DATA }

    /**
     * A KPI at the start and the end of the period: the latest measurement on or before each day (null if
     * none), the movement, the traffic light of the KpiTrajectory rule on each day, and the values its chart
     * shows (the last measurements on or before the period's end, see ReportComposition.CHART_POINTS).
     */
    public record KpiMovement(long kpiId, String name, String unit, SuccessFactor successFactor, KpiDirection direction,
                              Double startValue, LocalDate startDate, Double endValue, LocalDate endDate,
                              Movement movement, KpiStatus statusAtStart, KpiStatus statusAtEnd, List<KpiPoint> points) {

        public KpiMovement(long kpiId, String name, String unit, SuccessFactor successFactor, KpiDirection direction,
                           Double startValue, LocalDate startDate, Double endValue, LocalDate endDate,
                           Movement movement, KpiStatus statusAtStart, KpiStatus statusAtEnd) {
            this(kpiId, name, unit, successFactor, direction, startValue, startDate, endValue, endDate, movement,
                    statusAtStart, statusAtEnd, List.of());
        }
    }

    /** A divergence decided in the period (by its decision date). */
    public record Decision(long divergenceId, String itemTitle, String otherItemTitle, DecidingBody body, LocalDate date,
                           String outcome, String documentRef, CouncilDecision council) {
    }

    /**
     * The council paper linked to a decision, as the council's information system shows it (null in a Decision:
     * none linked): reference, title, its page, its consultations; deleted when the council has deleted it since.
     */
    public record CouncilDecision(String reference, String name, String webUrl, boolean deleted,
                                  List<CouncilConsultation> consultations) {
    }

    /** Where the paper was consulted: organization, meeting date, result (each may be unknown: null). */
    public record CouncilConsultation(String organization, LocalDate date, String result) {
    }

    /** A divergence still open at the end of the period. */
    public record OpenDivergence(long divergenceId, String itemTitle, String otherItemTitle, LocalDate openedOn) {
    }
}

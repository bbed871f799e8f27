package de.mitwirken.backlog.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A backlog item's priority score with everything that went into it, so that a page can show "why this
 * rank" as arithmetic rather than as a verdict:
 * <pre>
 * reach  = CASE_VOLUME + SUPPORTERS × SUPPORTER_WEIGHT
 * impact = OZG gain (max of target − level over the affected services) or the office's 1–5 rating
 * score  = reach^REACH_WEIGHT × impact^IMPACT_WEIGHT × (CONFIDENCE / 100)^CONFIDENCE_WEIGHT ÷ EFFORT
 * </pre>
 * The terms come in this order, each with its value and where it came from; the page renders them with
 * message keys ({@code backlog.score.term.<KIND>}, {@code backlog.score.source.<SOURCE>}). A score with
 * missing inputs has the value 0, lists what is missing and is not ranked.
 */
public record Score(double value, List<Term> terms, List<Kind> missing, Long weightSetId) implements Serializable {

    /** What a term stands for. */
    public enum Kind {
        CASE_VOLUME, SERVICES_WITHOUT_VOLUME, SUPPORTERS, SUPPORTER_WEIGHT, REACH, REACH_WEIGHT, IMPACT,
        IMPACT_WEIGHT, CONFIDENCE, CONFIDENCE_WEIGHT, EFFORT, SCORE
    }

    /** Where a term's value came from. */
    public enum Source {
        SERVICE_CATALOGUE, NEED_SUPPORTS, WEIGHT_SET, OZG_GAIN, OFFICE_RATING, STRATEGY_OFFICE, BOARD_EXPERTS, COMPUTED
    }

    /** One input or intermediate result. */
    public record Term(Kind kind, double value, Source source) implements Serializable {
    }

    public Score {
        terms = List.copyOf(terms);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public Optional<Term> term(Kind kind) {
        return terms.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** 0–100 relative to the top item's score, for display; 0 when there is no positive top score. */
    public double normalised(double topScore) {
        if (!complete() || topScore <= 0) {
            return 0;
        }
        return Math.min(100, 100 * value / topScore);
    }
}

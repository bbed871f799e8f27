package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.Score.Kind;
import de.mitwirken.backlog.entity.Score.Source;
import de.mitwirken.backlog.entity.Score.Term;
import de.mitwirken.backlog.entity.Weights;
import java.util.ArrayList;
import java.util.List;

/** Computes a {@link Score} from its inputs and weights; pure, so every rule is checked by unit tests. */
public final class Scoring {

    private Scoring() {
    }

    public static Score score(ScoreInputs in, Weights weights, Long weightSetId) {
        if (in.effort() != null && in.effort().signum() <= 0) {
            // assessments refuse this at input; a value here means the data was changed behind our back
            throw new IllegalArgumentException("effort must be positive");
        }
        List<Term> terms = new ArrayList<>();
        List<Kind> missing = new ArrayList<>();
        terms.add(new Term(Kind.CASE_VOLUME, in.caseVolume(), Source.SERVICE_CATALOGUE));
        terms.add(new Term(Kind.SERVICES_WITHOUT_VOLUME, in.servicesWithoutVolume(), Source.SERVICE_CATALOGUE));
        terms.add(new Term(Kind.SUPPORTERS, in.supporters(), Source.NEED_SUPPORTS));
        terms.add(new Term(Kind.SUPPORTER_WEIGHT, weights.supporterWeight(), Source.WEIGHT_SET));
        double reach = in.caseVolume() + in.supporters() * weights.supporterWeight();
        terms.add(new Term(Kind.REACH, reach, Source.COMPUTED));
        terms.add(new Term(Kind.REACH_WEIGHT, weights.reachWeight(), Source.WEIGHT_SET));

        Double impact = null;
        if (in.ozgGain() != null) {
            impact = (double) in.ozgGain();
            terms.add(new Term(Kind.IMPACT, impact, Source.OZG_GAIN));
        } else if (in.impactRating() != null) {
            impact = (double) in.impactRating();
            terms.add(new Term(Kind.IMPACT, impact, Source.OFFICE_RATING));
        } else {
            missing.add(Kind.IMPACT);
        }
        terms.add(new Term(Kind.IMPACT_WEIGHT, weights.impactWeight(), Source.WEIGHT_SET));

        Integer confidence = in.boardConfidence() != null ? in.boardConfidence() : in.confidence();
        if (confidence == null) {
            missing.add(Kind.CONFIDENCE);
        } else {
            terms.add(new Term(Kind.CONFIDENCE, confidence,
                    in.boardConfidence() != null ? Source.BOARD_EXPERTS : Source.STRATEGY_OFFICE));
        }
        terms.add(new Term(Kind.CONFIDENCE_WEIGHT, weights.confidenceWeight(), Source.WEIGHT_SET));

        if (in.effort() == null) {
            missing.add(Kind.EFFORT);
        } else {
            terms.add(new Term(Kind.EFFORT, in.effort().doubleValue(), Source.STRATEGY_OFFICE));
        }

        double value = 0;
        if (missing.isEmpty()) {
            value = Math.pow(reach, weights.reachWeight()) * Math.pow(impact, weights.impactWeight())
                    * Math.pow(confidence / 100.0, weights.confidenceWeight()) / in.effort().doubleValue();
        }
        terms.add(new Term(Kind.SCORE, value, Source.COMPUTED));
        return new Score(value, terms, missing, weightSetId);
    }
}

package de.mitwirken.backlog.entity;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configurable part of the score (see {@link Score} for the formula). The supporter weight says how
 * many yearly cases one supporter of a linked need counts as. The other three are exponents, not
 * multipliers: a multiplier common to every item would scale all scores alike and never change a rank,
 * an exponent shifts how much reach, impact and confidence matter relative to each other. An exponent of
 * 1 takes the factor as it is, 0 leaves it out, 0.5 dampens it, 2 stresses it.
 */
public record Weights(double supporterWeight, double reachWeight, double impactWeight, double confidenceWeight)
        implements Serializable {

    public static final Weights DEFAULT = new Weights(10, 1, 1, 1);
    public static final double SUPPORTER_MAX = 100_000;
    public static final double EXPONENT_MAX = 3;

    /** Field name → message key for each weight out of range; empty when all are fine. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!(supporterWeight >= 0 && supporterWeight <= SUPPORTER_MAX)) {
            problems.put("supporterWeight", "backlog.error.weight.supporter");
        }
        exponent(problems, "reachWeight", reachWeight);
        exponent(problems, "impactWeight", impactWeight);
        exponent(problems, "confidenceWeight", confidenceWeight);
        return problems;
    }

    private static void exponent(Map<String, String> problems, String field, double value) {
        if (!(value >= 0 && value <= EXPONENT_MAX)) {
            problems.put(field, "backlog.error.weight.exponent");
        }
    }
}

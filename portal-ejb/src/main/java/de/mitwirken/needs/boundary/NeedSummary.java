package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.Instant;

/**
 * A need as lists show it, built by a JPQL constructor expression (one query per page). The query passes
 * the whole description; the record keeps a short excerpt of it.
 */
public record NeedSummary(Long id, String title, String excerpt, StrategyField field, NeedStatus status,
                          Outcome outcome, SubmitterType submitterType, String organisation, String district,
                          Integer supportCount, Integer commentCount, Instant publishedAt, Instant answeredAt,
                          Long clusterId, String clusterTitle, Boolean hidden, Integer verifiedSupportCount)
        implements Serializable {

    static final int EXCERPT = 220;

    public NeedSummary {
        excerpt = excerpt(excerpt);
    }

    static String excerpt(String description) {
        if (description == null) {
            return "";
        }
        String flat = description.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= EXCERPT) {
            return flat;
        }
        int cut = flat.offsetByCodePoints(0, EXCERPT);
        int space = flat.lastIndexOf(' ', cut);
        return flat.substring(0, space > EXCERPT / 2 ? space : cut) + " …";
    }
}

package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person enters to apply for a seat. The conflict-of-interest declaration is explicit either way:
 * "none" or a description; consent to the public listing is a free choice and may be no. The organisation is one of
 * the verified organisations, by its number; whether the person represents it the boundary asks the platform.
 */
public record ApplicationDraft(Constituency constituency, Long organisationId, Set<StrategyField> expertise,
                               String motivation, Boolean hasConflicts, String conflictDetails,
                               boolean publicListing) implements Serializable {

    public ApplicationDraft {
        expertise = expertise == null || expertise.isEmpty() ? EnumSet.noneOf(StrategyField.class) : EnumSet.copyOf(expertise);
        motivation = CleanText.multiline(motivation);
        conflictDetails = conflictDetails == null || conflictDetails.isBlank() ? null : CleanText.multiline(conflictDetails);
    }

    public Map<String, String> problems(BoardCall call) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (constituency == null || !call.offers(constituency)) {
            problems.put("constituency", "board.error.application.constituency");
        }
        if (organisationId == null && constituency != null && constituency.needsOrganisation()) {
            problems.put("organisation", "board.error.application.organisation");
        }
        if (expertise.isEmpty() || expertise.size() > 5) {
            problems.put("expertise", "board.error.application.expertise");
        }
        int length = CleanText.length(motivation);
        if (length < 50 || length > 3000) {
            problems.put("motivation", "board.error.application.motivation");
        }
        if (hasConflicts == null) {
            problems.put("hasConflicts", "board.error.application.conflicts");
        } else if (hasConflicts && (conflictDetails == null || CleanText.length(conflictDetails) < 10
                || CleanText.length(conflictDetails) > 2000)) {
            problems.put("conflictDetails", "board.error.application.conflictDetails");
        }
        return problems;
    }
}

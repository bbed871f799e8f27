package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agenda point as entered; the backlog item, the need and the recommendation to be voted under it are checked by
 * the boundary.
 */
public record AgendaDraft(String title, String presenter, Integer durationMinutes, Long backlogItemId, Long needId,
                          Long recommendationId) implements Serializable {

    /** A point that puts no recommendation to the vote. */
    public AgendaDraft(String title, String presenter, Integer durationMinutes, Long backlogItemId, Long needId) {
        this(title, presenter, durationMinutes, backlogItemId, needId, null);
    }

    public AgendaDraft {
        title = CleanText.line(title);
        presenter = presenter == null || presenter.isBlank() ? null : CleanText.line(presenter);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        int length = CleanText.length(title);
        if (length < 3 || length > 200) {
            problems.put("agendaTitle", "board.error.agenda.title");
        }
        if (presenter != null && CleanText.length(presenter) > 200) {
            problems.put("presenter", "board.error.agenda.presenter");
        }
        if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 480) {
            problems.put("duration", "board.error.agenda.duration");
        }
        return problems;
    }
}

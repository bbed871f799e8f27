package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the office writes for a milestone, cleaned: a title, an optional description (blank means none) and the
 * day it is due; {@link #problems()} names each bad field. Editing a milestone changes title and description
 * only: its date moves with a reason ({@link DateMove}).
 */
public record MilestoneDraft(String title, String description, LocalDate dueDate) implements Serializable {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;

    public MilestoneDraft {
        title = CleanText.line(title);
        description = CleanText.multiline(description);
        description = description.isEmpty() ? null : description;
    }

    /** Title and description (for adding, also the due date). */
    public Map<String, String> problems() {
        Map<String, String> problems = textProblems();
        if (dueDate == null) {
            problems.put("dueDate", "backlog.milestone.error.date");
        }
        return problems;
    }

    /** Title and description only, for an edit. */
    public Map<String, String> textProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        int length = CleanText.length(title);
        if (length < TITLE_MIN || length > TITLE_MAX) {
            problems.put("title", "backlog.milestone.error.title");
        }
        if (description != null && CleanText.length(description) > DESCRIPTION_MAX) {
            problems.put("description", "backlog.milestone.error.description");
        }
        return problems;
    }
}

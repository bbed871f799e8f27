package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A recommendation as a member drafts it: a title, the text, whom it is for. */
public record RecommendationDraft(String title, String body, Addressee addressee) implements Serializable {

    public RecommendationDraft {
        title = CleanText.line(title);
        body = CleanText.multiline(body);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        int titleLength = CleanText.length(title);
        if (titleLength < 5 || titleLength > 200) {
            problems.put("title", "board.error.recommendation.title");
        }
        int length = CleanText.length(body);
        if (length < 50 || length > 10_000) {
            problems.put("body", "board.error.recommendation.body");
        }
        if (addressee == null) {
            problems.put("addressee", "board.error.recommendation.addressee");
        }
        return problems;
    }
}

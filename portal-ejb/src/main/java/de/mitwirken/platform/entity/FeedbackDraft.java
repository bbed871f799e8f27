package de.mitwirken.platform.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What someone typed into the feedback form of the accessibility statement, cleaned. Only the message is
 * required; an address, when given, must be one and needs the consent to process it (for the answer).
 */
public record FeedbackDraft(String message, String name, String email, String page, boolean consent) {

    public static final int MESSAGE_MAX = 4000;
    public static final int NAME_MAX = 200;
    public static final int PAGE_MAX = 500;

    public FeedbackDraft {
        message = CleanText.multilineOrNull(message);
        name = CleanText.lineOrNull(name);
        email = CleanText.lineOrNull(email);
        page = CleanText.lineOrNull(page);
    }

    /** Field name → message key of the web bundle; empty when the draft can be received. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (message == null) {
            problems.put("message", "accessibility.form.error.message");
        } else if (message.codePointCount(0, message.length()) > MESSAGE_MAX) {
            problems.put("message", "accessibility.form.error.messageLength");
        }
        if (name != null && name.codePointCount(0, name.length()) > NAME_MAX) {
            problems.put("name", "accessibility.form.error.name");
        }
        if (email != null && !EmailAddress.isValid(email)) {
            problems.put("email", "accessibility.form.error.email");
        } else if (email != null && !consent) {
            problems.put("consent", "accessibility.form.error.consent");
        }
        if (page != null && page.length() > PAGE_MAX) {
            problems.put("page", "accessibility.form.error.page");
        }
        return problems;
    }
}

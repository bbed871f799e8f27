package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an organiser writes to the people of an edition, a session or its waiting list: German, and English
 * where a translation is given (each person reads their language where there is one, else German).
 */
public record OrganiserMessage(String subject, String text, String subjectEn, String textEn) {

    public OrganiserMessage {
        subject = CleanText.lineOrNull(subject);
        text = CleanText.multilineOrNull(text);
        subjectEn = CleanText.lineOrNull(subjectEn);
        textEn = CleanText.multilineOrNull(textEn);
    }

    /** Field → message key for everything that is wrong. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (subject == null || subject.length() < 3 || subject.length() > 150) {
            problems.put("subject", "conference.people.error.subject");
        }
        if (text == null || text.length() < 10 || text.length() > 5000) {
            problems.put("text", "conference.people.error.text");
        }
        boolean english = subjectEn != null || textEn != null;
        if (english && (subjectEn == null || subjectEn.length() < 3 || subjectEn.length() > 150)) {
            problems.put("subjectEn", "conference.people.error.subject");
        }
        if (english && (textEn == null || textEn.length() < 10 || textEn.length() > 5000)) {
            problems.put("textEn", "conference.people.error.text");
        }
        return problems;
    }

    public String subjectIn(Language language) {
        return language == Language.EN && subjectEn != null ? subjectEn : subject;
    }

    public String textIn(Language language) {
        return language == Language.EN && textEn != null ? textEn : text;
    }
}

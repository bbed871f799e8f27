package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.platform.entity.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person fills in to register. {@link #problems} names each field that is wrong with the message key
 * to show next to it; the sessions are checked against each other (no two at the same time).
 */
public record RegistrationDraft(String typeCode, String name, String email, String organisation, AttendeeGroup group,
                                String accessibilityNeeds, String dietaryNeeds, Language language, boolean consent,
                                List<Long> sessionIds, Map<Long, String> answers) {

    public static final int MAX_NAME = 200;
    public static final int MAX_NEEDS = 2000;
    public static final int MAX_DIETARY = 400;

    public RegistrationDraft {
        name = CleanText.lineOrNull(name);
        email = CleanText.lineOrNull(email);
        email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        organisation = CleanText.lineOrNull(organisation);
        accessibilityNeeds = CleanText.multilineOrNull(accessibilityNeeds);
        dietaryNeeds = CleanText.lineOrNull(dietaryNeeds);
        language = language == null ? Language.DEFAULT : language;
        sessionIds = sessionIds == null ? List.of() : sessionIds.stream().map(id -> id == null ? -1L : id).distinct().toList();
        answers = answers == null ? Map.of() : withoutBlanks(answers); // a form sends empty answers as null
    }

    /** Field → message key for everything that is wrong; sessions are the ones the ids named, in order. */
    public Map<String, String> problems(List<ConferenceSession> sessions, List<Question> questions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (typeCode == null || typeCode.isBlank()) {
            problems.put("type", "conference.error.type");
        }
        if (name == null) {
            problems.put("name", "conference.error.name");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "conference.error.nameTooLong");
        }
        if (email == null || !EmailAddress.isValid(email)) {
            problems.put("email", "conference.error.email");
        }
        if (organisation != null && organisation.length() > MAX_NAME) {
            problems.put("organisation", "conference.error.organisationTooLong");
        }
        if (group == null) {
            problems.put("group", "conference.error.group");
        }
        if (accessibilityNeeds != null && accessibilityNeeds.length() > MAX_NEEDS) {
            problems.put("accessibilityNeeds", "conference.error.tooLong");
        }
        if (dietaryNeeds != null && dietaryNeeds.length() > MAX_DIETARY) {
            problems.put("dietaryNeeds", "conference.error.tooLong");
        }
        if (sessions.size() != sessionIds.size()) {
            problems.put("sessions", "conference.error.unknownSession");
        } else if (sessions.stream().anyMatch(ConferenceSession::cancelled)) {
            problems.put("sessions", "conference.error.sessionCancelled");
        } else if (!overlapping(sessions).isEmpty()) {
            problems.put("sessions", "conference.error.overlap");
        }
        for (Question question : questions) {
            String answer = CleanText.multilineOrNull(answers.get(question.id()));
            if (answer == null && question.required()) {
                problems.put("answer-" + question.id(), "conference.error.answerRequired");
            } else if (answer != null && answer.length() > Question.MAX_ANSWER) {
                problems.put("answer-" + question.id(), "conference.error.tooLong");
            }
        }
        if (!consent) {
            problems.put("consent", "conference.error.consent");
        }
        return problems;
    }

    /** The sessions that overlap another one of the list (empty when the choice is possible). */
    public static List<ConferenceSession> overlapping(List<ConferenceSession> sessions) {
        List<ConferenceSession> clashes = new ArrayList<>();
        for (ConferenceSession s : sessions) {
            if (sessions.stream().anyMatch(s::overlaps)) {
                clashes.add(s);
            }
        }
        return clashes;
    }

    /** The non-blank answers, cleaned. */
    public Map<Long, String> cleanAnswers() {
        Map<Long, String> clean = new LinkedHashMap<>();
        answers.forEach((id, text) -> {
            String t = CleanText.multilineOrNull(text);
            if (t != null) {
                clean.put(id, t);
            }
        });
        return clean;
    }

    private static Map<Long, String> withoutBlanks(Map<Long, String> answers) {
        Map<Long, String> kept = new LinkedHashMap<>();
        answers.forEach((question, text) -> {
            if (question != null && text != null) {
                kept.put(question, text);
            }
        });
        return Map.copyOf(kept);
    }
}

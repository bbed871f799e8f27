package de.mitwirken.conference.boundary;

import java.time.Instant;
import java.util.List;

/**
 * All registrations of a conference for the organisers' export: one row each, the answers in the order of
 * {@link #questions()} (empty text where a question was not answered).
 */
public record AttendeeExport(long conferenceId, String conferenceTitle, List<String> questions, List<Row> rows) {

    public AttendeeExport {
        questions = List.copyOf(questions);
        rows = List.copyOf(rows);
    }

    /** group, status and a session's status are the enum names (the web tier translates them). */
    public record Row(long id, String name, String email, String organisation, String typeCode, String group,
                      String status, String accessibilityNeeds, String dietaryNeeds, List<SessionChoice> sessions,
                      Instant checkedInAt, List<String> answers) {

        public Row {
            sessions = List.copyOf(sessions);
            answers = List.copyOf(answers);
        }
    }

    public record SessionChoice(String title, String status) {
    }
}

package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the organisers fill in for a session; {@link #problems} names each wrong field with its message key. */
public record SessionDraft(String title, String summary, SessionKind kind, Long trackId, String room, Instant startsAt,
                           Instant endsAt, Integer capacity, List<Long> speakerIds) {

    public SessionDraft {
        title = CleanText.lineOrNull(title);
        summary = CleanText.multilineOrNull(summary);
        room = CleanText.lineOrNull(room);
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
    }

    public Map<String, String> problems(Conference conference) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.length() < 3 || title.length() > 200) {
            problems.put("title", "conference.office.error.title");
        }
        if (summary == null || summary.length() > 5000) {
            problems.put("summary", "conference.office.error.summary");
        }
        if (kind == null) {
            problems.put("kind", "conference.office.error.kind");
        }
        if (trackId == null) {
            problems.put("track", "conference.office.error.track");
        }
        if (room == null || room.length() > 120) {
            problems.put("room", "conference.office.error.room");
        }
        if (startsAt == null) {
            problems.put("startsAt", "conference.office.error.time");
        } else if (endsAt == null || !endsAt.isAfter(startsAt)) {
            problems.put("endsAt", "conference.office.error.end");
        }
        if (capacity != null && (capacity < 1 || capacity > conference.capacity())) {
            problems.put("capacity", "conference.office.error.capacity");
        }
        return problems;
    }
}

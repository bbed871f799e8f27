package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the office or the chair enters to plan a meeting: when, where (a place, a link, or both), the quorum. */
public record MeetingDraft(String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
                           Integer quorumPercent) implements Serializable {

    public MeetingDraft {
        title = CleanText.line(title);
        place = place == null || place.isBlank() ? null : CleanText.line(place);
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    }

    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        int length = CleanText.length(title);
        if (length < 5 || length > 200) {
            problems.put("title", "board.error.meeting.title");
        }
        if (startsAt == null || startsAt.isBefore(now)) {
            problems.put("startsAt", "board.error.meeting.startsAt");
        }
        if (endsAt == null || startsAt != null && !endsAt.isAfter(startsAt)
                || startsAt != null && endsAt.isAfter(startsAt.plusSeconds(12 * 3600))) {
            problems.put("endsAt", "board.error.meeting.endsAt");
        }
        if (place == null && onlineLink == null || place != null && CleanText.length(place) > 300) {
            problems.put("place", "board.error.meeting.place");
        }
        if (onlineLink != null && !isHttpsLink(onlineLink)) {
            problems.put("onlineLink", "board.error.meeting.onlineLink");
        }
        if (quorumPercent == null || quorumPercent < 1 || quorumPercent > 100) {
            problems.put("quorumPercent", "board.error.meeting.quorum");
        }
        return problems;
    }

    private static boolean isHttpsLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && link.length() <= 500;
        } catch (Exception e) {
            return false;
        }
    }
}

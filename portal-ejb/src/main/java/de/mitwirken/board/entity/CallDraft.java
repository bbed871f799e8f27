package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the strategy office enters to open a call for applications; problems() names every bad field. */
public record CallDraft(String title, String description, LocalDate opensOn, LocalDate closesOn, Integer termMonths,
                        Map<Constituency, Integer> seats, boolean verifiedOnly) implements Serializable {

    public static final int MAX_SEATS = 30;

    /** A call open to everyone signed in (not only verified people). */
    public CallDraft(String title, String description, LocalDate opensOn, LocalDate closesOn, Integer termMonths,
                     Map<Constituency, Integer> seats) {
        this(title, description, opensOn, closesOn, termMonths, seats, false);
    }

    public CallDraft {
        title = CleanText.line(title);
        description = CleanText.multiline(description);
        EnumMap<Constituency, Integer> copy = new EnumMap<>(Constituency.class);
        if (seats != null) {
            copy.putAll(seats);
        }
        seats = copy;
    }

    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        int titleLength = CleanText.length(title);
        if (titleLength < 5 || titleLength > 200) {
            problems.put("title", "board.error.call.title");
        }
        int length = CleanText.length(description);
        if (length < 20 || length > 5000) {
            problems.put("description", "board.error.call.description");
        }
        if (opensOn == null) {
            problems.put("opensOn", "board.error.call.opensOn");
        }
        if (closesOn == null || closesOn.isBefore(today) || opensOn != null && closesOn.isBefore(opensOn)) {
            problems.put("closesOn", "board.error.call.closesOn");
        }
        if (termMonths == null || termMonths < 6 || termMonths > 72) {
            problems.put("termMonths", "board.error.call.term");
        }
        int total = 0;
        for (Constituency constituency : Constituency.values()) {
            Integer count = seats.get(constituency);
            if (count == null || count < 0 || count > MAX_SEATS) {
                problems.put("seats" + constituency.name(), "board.error.call.seats");
            } else {
                total += count;
            }
        }
        if (total == 0 && problems.keySet().stream().noneMatch(k -> k.startsWith("seats"))) {
            problems.put("seats" + Constituency.BUSINESS.name(), "board.error.call.noSeats");
        }
        return problems;
    }
}

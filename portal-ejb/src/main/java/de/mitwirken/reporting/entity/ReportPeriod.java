package de.mitwirken.reporting.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The period a progress report covers: whole days from {@code from} to {@code to}, both included. Rules:
 * both dates given, from ≤ to, to not after today (a report tells what happened, not what is planned), and
 * at most {@value #MAX_YEARS} years long. Days are counted in the city's time zone (Europe/Berlin): an
 * event at 23:30 on 31 March in Germany belongs to March.
 */
public record ReportPeriod(LocalDate from, LocalDate to) implements Serializable {

    public static final int MAX_YEARS = 5;
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Field ("from", "to") → message key of each broken rule; empty when the period may be reported. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "reporting.error.from");
        }
        if (to == null) {
            problems.put("to", "reporting.error.to");
        } else if (to.isAfter(today)) {
            problems.put("to", "reporting.error.future");
        }
        if (from != null && to != null && !problems.containsKey("to")) {
            if (from.isAfter(to)) {
                problems.put("to", "reporting.error.order");
            } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
                problems.put("to", "reporting.error.tooLong");
            }
        }
        return problems;
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

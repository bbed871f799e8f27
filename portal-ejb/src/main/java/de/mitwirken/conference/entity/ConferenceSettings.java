package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the organisers set for an edition; {@link #problems} names each wrong field with its message key. */
public record ConferenceSettings(String title, String description, String venue, LocalDate startsOn,
                                 LocalDate endsOn, String fundingNote, Integer capacity, Instant opensAt,
                                 Instant closesAt, Integer offerHours, String consentText, Integer retentionMonths,
                                 boolean published) {

    public ConferenceSettings {
        title = CleanText.lineOrNull(title);
        description = CleanText.multilineOrNull(description);
        venue = CleanText.lineOrNull(venue);
        fundingNote = CleanText.multilineOrNull(fundingNote);
        consentText = CleanText.multilineOrNull(consentText);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.length() < 5 || title.length() > 200) {
            problems.put("title", "conference.settings.error.title");
        }
        if (description == null || description.length() > 10000) {
            problems.put("description", "conference.settings.error.description");
        }
        if (venue == null || venue.length() > 300) {
            problems.put("venue", "conference.settings.error.venue");
        }
        if (startsOn == null) {
            problems.put("startsOn", "conference.settings.error.date");
        }
        if (endsOn == null || startsOn != null && endsOn.isBefore(startsOn)) {
            problems.put("endsOn", "conference.settings.error.endsOn");
        }
        if (capacity == null || capacity < 1 || capacity > 100_000) {
            problems.put("capacity", "conference.settings.error.capacity");
        }
        if (opensAt == null) {
            problems.put("opensAt", "conference.settings.error.dateTime");
        }
        if (closesAt == null || opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.put("closesAt", "conference.settings.error.closesAt");
        }
        if (offerHours == null || offerHours < 1 || offerHours > 336) {
            problems.put("offerHours", "conference.settings.error.offerHours");
        }
        if (consentText == null || consentText.length() > 5000) {
            problems.put("consentText", "conference.settings.error.consentText");
        }
        if (retentionMonths == null || retentionMonths < 1 || retentionMonths > 60) {
            problems.put("retentionMonths", "conference.settings.error.retentionMonths");
        }
        return problems;
    }
}

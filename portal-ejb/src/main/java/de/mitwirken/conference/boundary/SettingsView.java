package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition as the organisers set it up, published or not, with every registration type and question; whether
 * it was called off, and how many live registrations a move or cancellation would reach.
 */
public record SettingsView(long id, String title, String description, String venue, LocalDate startsOn,
                           LocalDate endsOn, String fundingNote, int capacity, int taken, Instant opensAt,
                           Instant closesAt, int offerHours, String consentText, int retentionMonths,
                           boolean published, List<TypeView> types, List<ProgrammeView.Track> tracks,
                           List<ProgrammeView.QuestionView> questions, List<PartnerView> partners,
                           int reminderDays, int noShowMinutes, Instant cancelledAt, String cancelReason, int liveRegistrations)
        implements Serializable {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public record PartnerView(long id, String name, String kind, String url) implements Serializable {
    }

    public record TypeView(long id, String code, boolean publicSignup, int quota, int taken, Instant opensAt,
                           Instant closesAt) implements Serializable {
    }
}

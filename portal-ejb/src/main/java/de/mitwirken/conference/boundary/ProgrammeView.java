package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One conference as the public sees it: programme, speakers, partners, what the form asks; cancelled: called off. */
public record ProgrammeView(long id, String title, String description, String venue, LocalDate startsOn,
                            LocalDate endsOn, String fundingNote, int capacity, int free, Instant registrationOpensAt,
                            Instant registrationClosesAt, boolean registrationOpen, String consentText,
                            int retentionMonths, int offerHours, List<Track> tracks, List<SessionView> sessions,
                            List<SpeakerView> speakers, List<Partner> partners, List<Type> types,
                            List<QuestionView> questions, boolean cancelled) implements Serializable {

    /** The same conference with the sessions given (the organisers' view marks which may be removed). */
    public ProgrammeView withSessions(List<SessionView> newSessions) {
        return new ProgrammeView(id, title, description, venue, startsOn, endsOn, fundingNote, capacity, free,
                registrationOpensAt, registrationClosesAt, registrationOpen, consentText, retentionMonths, offerHours,
                tracks, newSessions, speakers, partners, types, questions, cancelled);
    }

    public record Track(long id, String name) implements Serializable {
    }

    public record Partner(String name, String kind, String url) implements Serializable {
    }

    /** A registration type the public may choose, with its free places. */
    public record Type(String code, int free) implements Serializable {
    }

    public record QuestionView(long id, String text, boolean required) implements Serializable {
    }
}

package de.mitwirken.conference.entity;

import java.time.Instant;
import java.util.stream.Collectors;

/** A session as its people knew it before a change: the mail says what it was and what it is now. */
public record SessionBefore(String title, Instant startsAt, Instant endsAt, String room, String speakers) {

    public static SessionBefore of(ConferenceSession s) {
        return new SessionBefore(s.title(), s.startsAt(), s.endsAt(), s.room(),
                s.speakers().stream().map(Speaker::name).collect(Collectors.joining(", ")));
    }
}

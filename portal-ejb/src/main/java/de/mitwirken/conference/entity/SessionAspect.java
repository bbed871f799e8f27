package de.mitwirken.conference.entity;

/**
 * What of a session its people are told about when it changes. A new abstract, kind or track, or more seats,
 * change nothing a registered person planned around, so they send no mail.
 */
public enum SessionAspect {
    TIME, ROOM, TITLE, SPEAKERS
}

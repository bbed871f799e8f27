package de.mitwirken.conference.entity;

/** What kind of programme point a session is; shown as a label and used as a filter. */
public enum SessionKind {
    KEYNOTE, TALK, PANEL, WORKSHOP
}

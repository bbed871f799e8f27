package de.mitwirken.needs.entity;

/** PRE: needs wait in the queue until a moderator publishes them; POST: public at once, reviewed afterwards. */
public enum ModerationMode {
    PRE, POST
}

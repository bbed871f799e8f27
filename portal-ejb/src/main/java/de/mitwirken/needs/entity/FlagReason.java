package de.mitwirken.needs.entity;

/** Why someone reports a need or comment to the moderation. */
public enum FlagReason {
    SPAM, OFFENSIVE, PERSONAL_DATA, OFF_TOPIC
}

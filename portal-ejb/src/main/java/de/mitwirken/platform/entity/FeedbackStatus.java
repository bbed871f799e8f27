package de.mitwirken.platform.entity;

/** Where a piece of accessibility feedback stands: received (open) until an administrator has answered it. */
public enum FeedbackStatus {
    RECEIVED, ANSWERED
}

package de.mitwirken.platform.entity;

/** Where a mail of the outbox stands. DEAD = gave up after the configured attempts (dead-letter list). */
public enum MailStatus {
    PENDING, SENDING, SENT, DEAD
}

package de.mitwirken.platform.entity;

/** How a person wants to hear about changes: one mail per event, one daily digest, or not at all. */
public enum MailMode {
    EVENT, DIGEST, NONE
}

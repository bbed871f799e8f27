package de.mitwirken.backlog.entity;

/** When an item is meant to take effect: the short-term (2025) or long-term (2030) goals of the strategy. */
public enum Horizon {
    SHORT_2025, LONG_2030
}

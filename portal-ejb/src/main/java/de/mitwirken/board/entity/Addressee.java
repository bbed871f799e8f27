package de.mitwirken.board.entity;

/** Whom an adopted recommendation is addressed to. */
public enum Addressee {
    COUNCIL, ADMINISTRATION
}

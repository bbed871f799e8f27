package de.mitwirken.board.entity;

/** A member's role in the board; there is at most one chair and one deputy chair at a time. */
public enum BoardRole {
    CHAIR, DEPUTY_CHAIR, MEMBER
}

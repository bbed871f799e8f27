package de.mitwirken.board.entity;

/** A present member's vote on a recommendation. */
public enum VoteChoice {
    YES, NO, ABSTAIN
}

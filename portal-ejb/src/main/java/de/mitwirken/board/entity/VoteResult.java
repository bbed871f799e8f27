package de.mitwirken.board.entity;

import java.io.Serializable;
import java.util.Map;

/**
 * The result of a vote: the counts, and for an open vote who voted how (member id → choice). A secret
 * vote keeps counts only. Adopted with more yes than no votes.
 */
public record VoteResult(int yes, int no, int abstain, boolean open, Map<Long, VoteChoice> byMember)
        implements Serializable {

    public VoteResult {
        byMember = open ? Map.copyOf(byMember) : Map.of();
    }

    /** An open vote: the counts follow from the named votes. */
    public static VoteResult open(Map<Long, VoteChoice> byMember) {
        return new VoteResult(count(byMember, VoteChoice.YES), count(byMember, VoteChoice.NO),
                count(byMember, VoteChoice.ABSTAIN), true, byMember);
    }

    public static VoteResult secret(int yes, int no, int abstain) {
        return new VoteResult(yes, no, abstain, false, Map.of());
    }

    public int cast() {
        return yes + no + abstain;
    }

    public boolean adopted() {
        return yes > no;
    }

    private static int count(Map<Long, VoteChoice> votes, VoteChoice choice) {
        return (int) votes.values().stream().filter(v -> v == choice).count();
    }
}

package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A board member; the public directory shows only members who consented, and not why anyone left. */
public record MemberView(long id, String name, Constituency constituency, String organisation,
                         List<StrategyField> expertise, BoardRole role, LocalDate termStart, LocalDate termEnd,
                         LocalDate ceasedOn, String ceasedReason, boolean publicListing, boolean active)
        implements Serializable {

    static MemberView of(BoardMember m, String name, LocalDate today) {
        return new MemberView(m.id(), name, m.constituency(), m.organisation(),
                m.expertise().stream().sorted().toList(), m.role(), m.termStart(), m.termEnd(), m.ceasedOn(),
                m.ceasedReason(), m.publicListing(), m.isActiveOn(today));
    }
}

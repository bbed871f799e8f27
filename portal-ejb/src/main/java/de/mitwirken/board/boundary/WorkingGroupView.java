package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.WorkingGroup;
import de.mitwirken.board.entity.WorkingGroupMember;
import de.mitwirken.platform.boundary.IdentityFacade;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A working group with the members a page may show (the public: only those listed; the office: all). */
public record WorkingGroupView(long id, String name, String mandate, LocalDate definedOn, LocalDate dissolvedOn,
                               List<Member> members) implements Serializable {

    /** A member in the group; name null for a former account. */
    public record Member(long memberId, String name, String organisation, LocalDate joinedOn, boolean current)
            implements Serializable {
    }

    public boolean active() {
        return dissolvedOn == null;
    }

    static WorkingGroupView of(WorkingGroup g, Map<Long, IdentityFacade.PersonName> names,
                               Predicate<WorkingGroupMember> shown, LocalDate today) {
        return new WorkingGroupView(g.id(), g.name(), g.mandate(), g.definedOn(), g.dissolvedOn(),
                g.members().stream().filter(shown).map(m -> member(m, names, today))
                        .sorted(Comparator.comparing(Member::name, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
    }

    private static Member member(WorkingGroupMember m, Map<Long, IdentityFacade.PersonName> names, LocalDate today) {
        IdentityFacade.PersonName name = names.get(m.member().profileId());
        return new Member(m.member().id(), name == null || name.former() ? null : name.displayName(),
                m.member().organisation(), m.joinedOn(), m.member().isActiveOn(today));
    }
}

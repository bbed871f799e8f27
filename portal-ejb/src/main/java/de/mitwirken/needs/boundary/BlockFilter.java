package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.ParticipationBlock;
import java.io.Serializable;
import java.util.Locale;

/**
 * What a moderator narrows the list of blocks to; {@code null} means "all". The default shows the blocks that
 * apply now.
 */
public record BlockFilter(ParticipationBlock.State state, Kind kind, String blockedBy, String name, int page)
        implements Serializable {

    /** For good or until a date. */
    public enum Kind {
        FOR_GOOD, PERIOD
    }

    public static final int PAGE_SIZE = 25;
    public static final BlockFilter CURRENT = new BlockFilter(ParticipationBlock.State.CURRENT, null, null, null, 0);

    public BlockFilter {
        blockedBy = blank(blockedBy);
        name = blank(name);
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        page = Math.max(0, page);
    }

    String stateParameter() {
        return state == null ? "ALL" : state.name();
    }

    String kindParameter() {
        return kind == null ? "ALL" : kind.name();
    }

    /** The name as a LIKE pattern: its wildcards count as letters. */
    String namePattern() {
        if (name == null) {
            return null;
        }
        String escaped = name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

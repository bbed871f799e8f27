package de.mitwirken.backlog.entity;

/**
 * The public fields of a backlog item whose changes the public can follow in its change history
 * (backlog_item_history). The kind says how the stored values are shown: texts as written, dates as ISO dates,
 * amounts as plain decimals in euros, fields, horizon and status as the names of their constants (the page
 * translates them).
 */
public enum HistoryField {
    TITLE(Kind.TEXT), DESCRIPTION(Kind.LONG_TEXT), FIELDS(Kind.FIELDS), OWNER(Kind.TEXT), HORIZON(Kind.HORIZON),
    START_DATE(Kind.DATE), END_DATE(Kind.DATE), BUDGET_PLANNED(Kind.MONEY), BUDGET_SPENT(Kind.MONEY),
    CONTACT(Kind.TEXT), STATUS(Kind.STATUS), PROGRESS(Kind.PERCENT),
    /** A milestone was added: subject its title, new value its due date. */
    MILESTONE_ADDED(Kind.DATE),
    MILESTONE_RENAMED(Kind.TEXT),
    MILESTONE_DESCRIBED(Kind.LONG_TEXT),
    /** A milestone's date moved: old and new date, the reason as the note. */
    MILESTONE_MOVED(Kind.DATE),
    /** A milestone was reached: new value the day. */
    MILESTONE_REACHED(Kind.DATE);

    public enum Kind { TEXT, LONG_TEXT, FIELDS, HORIZON, DATE, MONEY, STATUS, PERCENT }

    private final Kind kind;

    HistoryField(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

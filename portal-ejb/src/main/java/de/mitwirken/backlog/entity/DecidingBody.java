package de.mitwirken.backlog.entity;

/** Who settles a divergence: the council, one of its committees, or the mayor. */
public enum DecidingBody {
    COUNCIL, COMMITTEE, MAYOR;

    /** Council and committees decide on a numbered document (Vorlage); the mayor may decide without one. */
    public boolean needsDocument() {
        return this != MAYOR;
    }
}

package de.mitwirken.board.entity;

/** The groups the board's seats are shared among, as the council motion names them. */
public enum Constituency {
    BUSINESS, SCIENCE, CIVIL_SOCIETY, ADMINISTRATION;

    /** Private persons may speak for civil society; the others sit for an organisation. */
    public boolean needsOrganisation() {
        return this != CIVIL_SOCIETY;
    }
}

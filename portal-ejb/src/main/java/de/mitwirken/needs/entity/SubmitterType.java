package de.mitwirken.needs.entity;

/** Who brings a need in: the constituencies of the motion. */
public enum SubmitterType {
    CITIZEN, BUSINESS, SCIENCE, CIVIL_SOCIETY, ADMINISTRATION;

    /** Everyone but a private citizen speaks for an organisation. */
    public boolean speaksForOrganisation() {
        return this != CITIZEN;
    }
}

package de.mitwirken.platform.entity;

/** What kind of organisation someone speaks for. */
public enum OrganisationType {
    COMPANY, ASSOCIATION, UNIVERSITY, RESEARCH_INSTITUTION, PUBLIC_BODY, OTHER
}

package de.mitwirken.conference.entity;

/** Who comes to the conference, asked at registration so the organisers see which groups they reach. */
public enum AttendeeGroup {
    CITIZENS, BUSINESS, SCIENCE, CIVIL_SOCIETY, ADMINISTRATION, POLITICS, PRESS, OTHER
}

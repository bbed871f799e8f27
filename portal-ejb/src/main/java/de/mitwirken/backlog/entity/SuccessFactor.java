package de.mitwirken.backlog.entity;

/** The five success factors (Erfolgsfaktoren) named in the council motion, after the City of Cologne. */
public enum SuccessFactor {
    GANZHEITLICHKEIT, BALANCE, STAKEHOLDER_MANAGEMENT, PROFESSIONALITAET, FLEXIBILITAET
}

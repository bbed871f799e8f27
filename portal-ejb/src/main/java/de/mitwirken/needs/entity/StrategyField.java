package de.mitwirken.needs.entity;

/** Handlungsfelder of the strategy (after the Bitkom Smart City Index); backlog and board use them too. */
public enum StrategyField {
    ADMINISTRATION, IT_COMMUNICATION, ENERGY_ENVIRONMENT, MOBILITY, SOCIETY
}

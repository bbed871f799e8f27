package de.mitwirken.backlog.entity;

/** Where a KPI stands against its trajectory; see {@link KpiTrajectory} for the rule. */
public enum KpiStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}

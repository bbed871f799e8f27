package de.mitwirken.backlog.entity;

/** Whether a KPI improves by rising (online share) or by falling (waiting days). */
public enum KpiDirection {
    HIGHER_IS_BETTER(1), LOWER_IS_BETTER(-1);

    private final int sign;

    KpiDirection(int sign) {
        this.sign = sign;
    }

    /** Improvement from one value to another in this direction: positive is better. */
    public double improvement(double from, double to) {
        return sign * (to - from);
    }
}

package de.mitwirken.backlog.entity;

/**
 * How an item's progress is kept: typed by the strategy office (MANUAL, as before V20) or computed as the share
 * of its milestones reached (MILESTONES: done ÷ all, rounded; 0 without milestones).
 */
public enum ProgressMode {
    MANUAL, MILESTONES;

    /** The progress that {@code done} of {@code all} milestones stand for, in whole percent. */
    public static int fromMilestones(long done, long all) {
        return all == 0 ? 0 : (int) Math.round(100.0 * done / all);
    }
}

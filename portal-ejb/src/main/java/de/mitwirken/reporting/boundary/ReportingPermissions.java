package de.mitwirken.reporting.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with progress reports: the one place to read the capability's authorisation. Roles are
 * enforced by @RolesAllowed on {@link ProgressReports}; that a report is released once and never changes
 * lives in the entity and in the database's triggers.
 * <ul>
 * <li>generate a draft for a period (a new version each time), write its commentary, release it, set the report
 *     schedule, list every version, read drafts (page and PDF, German and English): the strategy office —
 *     {@link ProgressReports#generateReport}, {@link ProgressReports#openDraft}, {@link ProgressReports#writeCommentary},
 *     {@link ProgressReports#releaseReport}, {@link ProgressReports#schedule}, {@link ProgressReports#scheduleReports}</li>
 * <li>generate the scheduled draft when it is due and tell the office: the system (timer, control.ReportScheduler)</li>
 * <li>read released reports (list, page, PDF): everyone, also visitors —
 *     {@link ProgressReports#releasedReports}, {@link ProgressReports#report}, {@link ProgressReports#pdf}</li>
 * <li>change a released report or its commentary, delete any report: nobody</li>
 * </ul>
 */
public final class ReportingPermissions {

    public static final String MANAGE = Roles.STRATEGY_OFFICE;

    private ReportingPermissions() {
    }

    public static boolean mayManage(Predicate<String> hasRole) {
        return hasRole.test(MANAGE);
    }
}

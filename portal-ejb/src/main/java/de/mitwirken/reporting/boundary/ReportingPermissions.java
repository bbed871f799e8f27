package de.mitwirken.reporting.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with progress reports: the one place to read the capability's authorisation. Roles are
 * enforced by @RolesAllowed on {@link ProgressReports}; that a report is released once and never changes
 * lives in the entity and in the database's triggers.
 * <ul>
 * <li>generate a report for a period (a new version each time), release a report, list every version,
 *     read unreleased reports (page and PDF): the strategy office — {@link ProgressReports}</li>
 * <li>read released reports (list, page, PDF): everyone, also visitors —
 *     {@link ProgressReports#releasedReports}, {@link ProgressReports#report}, {@link ProgressReports#pdf}</li>
 * <li>change or delete a stored report: nobody</li>
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

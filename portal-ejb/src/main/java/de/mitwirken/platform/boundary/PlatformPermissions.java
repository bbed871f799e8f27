package de.mitwirken.platform.boundary;

import java.util.function.Predicate;

/**
 * Who may do what with the platform: the one place to read the capability's authorisation. Roles are enforced
 * by @RolesAllowed on the boundaries named here and, for whole pages, by web.xml's security constraints.
 * <ul>
 * <li>sign in, read one's profile, change language and consent, export one's data ("my data") and delete one's
 *     account: every signed-in person, for themselves only — {@link IdentityFacade}, {@link DataProtection}
 *     (the signed-in caller is the subject; web.xml requires a sign-in for those pages)</li>
 * <li>send accessibility feedback: everyone, also visitors — {@link AccessibilityFeedbackDesk}</li>
 * <li>read and answer the accessibility feedback: administrators —
 *     {@link AccessibilityFeedbackDesk#feedbackOpenFirst}, {@link AccessibilityFeedbackDesk#answerAccessibilityFeedback}</li>
 * <li>read the audit log and export it (CSV): administrators — {@link AuditSearch}</li>
 * <li>the mail outbox (counts, dead letters, resending, a test mail): administrators —
 *     {@link OutboxAdministration}</li>
 * <li>start a retention run by hand: administrators — {@link Retention#runNow}, {@link Retention#auditManualRun};
 *     the nightly run is the system's (timer)</li>
 * <li>change run-time settings: administrators — {@link Settings#change}; reading them is for the application</li>
 * <li>the administration pages (system status among them): administrators (web.xml, /platform/admin/*)</li>
 * </ul>
 * {@link Roles} is the list of role names; this class says which of them may do what.
 */
public final class PlatformPermissions {

    public static final String ADMINISTER = Roles.ADMIN;

    private PlatformPermissions() {
    }

    public static boolean mayAdminister(Predicate<String> hasRole) {
        return hasRole.test(ADMINISTER);
    }
}

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
 * <li>ask to represent an organisation (with a PDF proof), see one's own requests and representations, give one's
 *     representation up: every signed-in person, for themselves — {@link Organisations#requestRepresentation},
 *     {@link Organisations#mine}, {@link Organisations#giveUpRepresentation}</li>
 * <li>decide representation requests (read the proof, accept, reject), list and withdraw representatives: the
 *     strategy office and administrators — {@link Organisations#openRequests}, {@link Organisations#proof},
 *     {@link Organisations#acceptRequest}, {@link Organisations#rejectRequest}, {@link Organisations#representatives},
 *     {@link Organisations#withdrawRepresentative} (web.xml, /platform/organisations/manage.xhtml and /proof)</li>
 * <li>speak in an organisation's name (needs, board applications): only a person who represents it now, checked
 *     against the database by {@link Organisations#speakingFor} whatever the token says</li>
 * <li>read an organisation's public page: everyone — {@link Organisations#organisation}</li>
 * </ul>
 * {@link Roles} is the list of role names; this class says which of them may do what.
 */
public final class PlatformPermissions {

    public static final String ADMINISTER = Roles.ADMIN;
    /** Deciding who represents an organisation: the strategy office (and administrators, {@link #ADMINISTER}). */
    public static final String VERIFY_ORGANISATIONS = Roles.STRATEGY_OFFICE;

    private PlatformPermissions() {
    }

    public static boolean mayAdminister(Predicate<String> hasRole) {
        return hasRole.test(ADMINISTER);
    }

    public static boolean mayVerifyOrganisations(Predicate<String> hasRole) {
        return hasRole.test(VERIFY_ORGANISATIONS) || hasRole.test(ADMINISTER);
    }
}

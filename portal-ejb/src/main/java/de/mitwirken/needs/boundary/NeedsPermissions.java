package de.mitwirken.needs.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with needs: the one place to read the capability's authorisation. Roles are enforced
 * by @RolesAllowed on the boundaries named here; the rules that depend on the need or the person
 * (own need, blocked, edit window) are enforced by the entities and procedures they point to.
 * <ul>
 * <li>read published needs, clusters, statistics, the API: everyone, also visitors</li>
 * <li>submit: signed-in people who accepted the privacy text and are not blocked; guests with an email
 *     address and its confirmation (rate-limited per IP and address) — {@link NeedSubmission}</li>
 * <li>support, comment, reply, flag, follow: signed-in, not blocked, on public needs; no support of one's
 *     own need; comments editable by their author for 15 minutes — {@link Participation}</li>
 * <li>moderate (queue, publish, reject, correct, hide, flags, block, clusters): moderators
 *     — {@link Moderation}</li>
 * <li>answer officially: moderators and the strategy office — {@link Moderation#answer}</li>
 * <li>switch pre/post-moderation: administrators — {@link Moderation#changeModerationMode}</li>
 * <li>service catalogue (edit, CSV import): the strategy office — {@link ServiceCatalogue}</li>
 * </ul>
 */
public final class NeedsPermissions {

    public static final String MODERATE = Roles.MODERATOR;
    public static final String[] ANSWER = {Roles.MODERATOR, Roles.STRATEGY_OFFICE};
    public static final String CATALOGUE = Roles.STRATEGY_OFFICE;
    public static final String MODERATION_MODE = Roles.ADMIN;

    private NeedsPermissions() {
    }

    /** Staff comments are marked official. */
    public static boolean commentsOfficially(Predicate<String> hasRole) {
        return hasRole.test(Roles.MODERATOR) || hasRole.test(Roles.STRATEGY_OFFICE) || hasRole.test(Roles.ADMIN);
    }

    public static boolean mayModerate(Predicate<String> hasRole) {
        return hasRole.test(MODERATE);
    }

    public static boolean mayAnswer(Predicate<String> hasRole) {
        return hasRole.test(Roles.MODERATOR) || hasRole.test(Roles.STRATEGY_OFFICE);
    }

    public static boolean mayManageCatalogue(Predicate<String> hasRole) {
        return hasRole.test(CATALOGUE);
    }
}

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
 *     own need; comments editable by their author for 15 minutes — {@link Participation}; comments of
 *     moderators, the strategy office and administrators are marked official</li>
 * <li>one's own needs, supports, comments and follows: every signed-in person — {@link MyParticipation}</li>
 * <li>read a need that is not public (yet), and open its moderation page: moderators and the strategy office
 *     — {@link PublicNeeds}</li>
 * <li>moderate (queue, publish, reject, correct, hide needs and comments, flags, block authors and commenters,
 *     clusters): moderators
 *     — {@link Moderation}</li>
 * <li>the list of blocked people and lifting a block: moderators and administrators — {@link Moderation#blocks},
 *     {@link Moderation#lift}</li>
 * <li>answer officially: moderators and the strategy office — {@link Moderation#answer}</li>
 * <li>read the moderation mode: moderators and administrators; switch pre/post-moderation: administrators —
 *     {@link Moderation#moderationMode}, {@link Moderation#changeModerationMode}</li>
 * <li>service catalogue (edit, CSV import): the strategy office — {@link ServiceCatalogue}</li>
 * </ul>
 */
public final class NeedsPermissions {

    public static final String MODERATE = Roles.MODERATOR;
    /** Besides moderators ({@link #MODERATE}), the strategy office answers officially. */
    public static final String ANSWER = Roles.STRATEGY_OFFICE;
    public static final String CATALOGUE = Roles.STRATEGY_OFFICE;
    public static final String MODERATION_MODE = Roles.ADMIN;
    /** Besides moderators ({@link #MODERATE}), administrators see the blocks and lift them. */
    public static final String BLOCKS = Roles.ADMIN;
    /** Everyone signed in has this role. */
    public static final String PARTICIPATE = Roles.CITIZEN;

    private NeedsPermissions() {
    }

    /** Staff comments are marked official. */
    public static boolean commentsOfficially(Predicate<String> hasRole) {
        return mayAnswer(hasRole) || hasRole.test(MODERATION_MODE);
    }

    public static boolean mayModerate(Predicate<String> hasRole) {
        return hasRole.test(MODERATE);
    }

    /** Who answers also reads needs that are not public and opens their moderation page. */
    public static boolean mayAnswer(Predicate<String> hasRole) {
        return hasRole.test(MODERATE) || hasRole.test(ANSWER);
    }

    public static boolean mayManageBlocks(Predicate<String> hasRole) {
        return hasRole.test(MODERATE) || hasRole.test(BLOCKS);
    }

    public static boolean mayManageCatalogue(Predicate<String> hasRole) {
        return hasRole.test(CATALOGUE);
    }
}

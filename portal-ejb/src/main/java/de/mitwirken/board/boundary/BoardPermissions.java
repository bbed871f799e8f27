package de.mitwirken.board.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with the advisory board: the one place to read the capability's authorisation. Roles
 * are enforced by @RolesAllowed on the boundaries named here; rules that depend on the object (call open,
 * seat free, application still open, own application only) live in the entities and in
 * {@link BoardMembership}.
 * <ul>
 * <li>read open calls, seats, and the public member directory (only members who consented): everyone —
 *     {@link PublicBoard}</li>
 * <li>apply to an open call, see and withdraw one's own applications: every signed-in person; to a call opened
 *     "verified only" only verified people ({@link #mayApplyTo}) —
 *     {@link BoardMembership#apply}, {@link BoardMembership#myApplications}, {@link BoardMembership#withdraw}</li>
 * <li>review applications (shortlist, admit, reject with a reason) and read all members: the strategy office
 *     and the board chair — {@link BoardMembership#applications}, {@link BoardMembership#admitMember} …</li>
 * <li>open calls, give board roles (chair, deputy), end a membership early: the strategy office</li>
 * <li>working groups: define, rename or give a new mandate, add and remove members of a current term, dissolve: the
 *     strategy office; read all groups with all members: the office and the chair — {@link WorkingGroups}; the
 *     public reads the active groups with the members who consented to be listed — {@link PublicBoard#workingGroups}</li>
 * <li>plan meetings, set agendas and documents, invite, record attendance and minutes, approve minutes:
 *     the office and the chair — {@link BoardMeetings}; answer one's own invitations and read the board's
 *     full record of a meeting (all documents): board members; the public reads upcoming meetings, public
 *     documents and approved public minutes — {@link PublicBoard}; a meeting's documents (download) and the
 *     board's record of a meeting: board members, the office and the chair — {@link BoardMeetings#document},
 *     {@link BoardMeetings#meeting}</li>
 * <li>draft recommendations: active board members; read the drafts: board members and the office — {@link
 *     BoardRecommendations#drafts}; record votes and the addressee's answers: the office
 *     and the chair; note or create the backlog item a recommendation fed: the office —
 *     {@link BoardRecommendations}; the public reads voted recommendations; write a recommendation's
 *     easy-to-read version (Leichte Sprache): the office and the chair —
 *     {@link BoardRecommendations#writeInEasyLanguage}</li>
 * <li>assess published backlog items (impact, feasibility): active board members —
 *     {@link ExpertAssessments}; everyone reads the summary; the board's confidence goes to the backlog through
 *     its BoardInput, which only board members call</li>
 * <li>follow a voted recommendation (hear of its answers and implementation): anyone signed in —
 *     {@link RecommendationFollowing}</li>
 * </ul>
 */
public final class BoardPermissions {

    public static final String OFFICE = Roles.STRATEGY_OFFICE;
    public static final String CHAIR = Roles.BOARD_CHAIR;
    public static final String MEMBER = Roles.BOARD_MEMBER;
    /** Everyone signed in has this role: apply, see and withdraw one's own applications. */
    public static final String APPLY = Roles.CITIZEN;
    /** Everyone signed in: follow a voted recommendation. */
    public static final String FOLLOW = Roles.CITIZEN;

    private BoardPermissions() {
    }

    /**
     * The trust-level rule of a call (issue #26): a call opened "verified only" takes applications only from people
     * whose profile is verified (signed in with an eID of level substantial or high; {@link BoardMembership#apply}).
     */
    public static boolean mayApplyTo(boolean callVerifiedOnly, boolean applicantVerified) {
        return !callVerifiedOnly || applicantVerified;
    }

    /**
     * The trust-level rule of a vote (issue #26): on a recommendation the office marked "verified only" only members
     * with a verified profile vote ({@link BoardRecommendations#recordVote} refuses an open vote naming another and
     * counts at most the verified members present; {@link BoardRecommendations#requireVerifiedVote} sets it).
     */
    public static boolean mayVoteOn(boolean recommendationVerifiedOnly, boolean memberVerified) {
        return !recommendationVerifiedOnly || memberVerified;
    }

    public static boolean mayReview(Predicate<String> hasRole) {
        return hasRole.test(OFFICE) || hasRole.test(CHAIR);
    }

    public static boolean mayManage(Predicate<String> hasRole) {
        return hasRole.test(OFFICE);
    }

    /** Members answer their invitations, draft recommendations and assess items. */
    public static boolean isMember(Predicate<String> hasRole) {
        return hasRole.test(MEMBER);
    }

    /** The board's own record of its meetings (all documents, internal minutes): members and staff. */
    public static boolean mayReadTheBoardsRecord(Predicate<String> hasRole) {
        return isMember(hasRole) || mayReview(hasRole);
    }
}

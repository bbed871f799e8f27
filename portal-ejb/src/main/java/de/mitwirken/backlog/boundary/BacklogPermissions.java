package de.mitwirken.backlog.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with the strategy backlog and the success factors: the one place to read the
 * capability's authorisation. Roles are enforced by @RolesAllowed on the boundaries named here; the rules
 * that depend on the object (status moves, decided once, justification length) live in the entities.
 * <ul>
 * <li>read the public roadmap (published items, their score explanation) and the KPIs with their status:
 *     everyone, also visitors — {@link PublicRoadmap}, {@link Kpis#overview}, {@link Kpis#kpi}</li>
 * <li>create, assess, move, drop, link items; milestones and progress; weights, re-scoring and what-if
 *     rankings; manual ranks with a justification; record the decision of a divergence: the strategy
 *     office — {@link Backlog}</li>
 * <li>edit an item after creating it (with the version read: no lost update), budget and public contact, the
 *     progress mode, milestones (add, edit, order, complete, move a date with a reason): the strategy office —
 *     {@link ItemPlanning}; a final item changes no more (the entity)</li>
 * <li>read a published item's timeline, budget, contact and the change history of its public fields: everyone
 *     — {@link PublicPlans}</li>
 * <li>read divergences, the strategy fields × fields matrix and the links behind it: the strategy office —
 *     {@link Synergies}; the public sees an item's links to other published items and the decisions of
 *     their conflicts on the item page ({@link PublicRoadmap#item})</li>
 * <li>link and unlink needs, clusters and board recommendations to an item (an unlink with a reason, kept in
 *     the link history) and the KPIs an item contributes to: the strategy office — {@link ItemLinks}</li>
 * <li>link a need to an open item (from the moderation page of the need), and find open items and the items
 *     a need is linked to for that: moderators too ({@link #LINK_NEEDS}) — {@link ItemLinks#linkNeed},
 *     {@link ItemLinks#findOpenItems}, {@link ItemLinks#itemsOfNeed}</li>
 * <li>read the clusters, recommendations and KPIs of a published item, and the published items that contribute
 *     to each KPI: everyone — {@link ItemLinks#published}, {@link Kpis#ofItem}, {@link Kpis#contributors}</li>
 * <li>define KPIs and record or import measurements: the strategy office — {@link Kpis}</li>
 * <li>what waits for the office (recommendations without the administration's answer, overdue milestones, published
 *     items without a KPI, open items quiet for 90 days): the strategy office — {@link OfficeDashboard}</li>
 * <li>the board's confidence in an item from its members' expert assessments: board members ({@link #BOARD_INPUT}),
 *     through the board capability, which calls {@link BoardInput#boardConfidence}</li>
 * <li>follow a published item ("you said – we did" news by the person's chosen channel): anyone signed in —
 *     {@link ItemFollowing}</li>
 * </ul>
 */
public final class BacklogPermissions {

    public static final String MANAGE = Roles.STRATEGY_OFFICE;
    /** Everyone signed in has this role. */
    public static final String FOLLOW = Roles.CITIZEN;
    /** Besides the office, moderators may link a need to an open item (exactly that use case). */
    public static final String LINK_NEEDS = Roles.MODERATOR;
    /** The board feeds its experts' confidence in; the backlog does not know the board's rules. */
    public static final String BOARD_INPUT = Roles.BOARD_MEMBER;

    private BacklogPermissions() {
    }

    public static boolean mayManage(Predicate<String> hasRole) {
        return hasRole.test(MANAGE);
    }
}

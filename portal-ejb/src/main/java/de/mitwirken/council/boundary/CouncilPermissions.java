package de.mitwirken.council.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with the council's papers: the one place to read the capability's authorisation.
 * <ul>
 * <li>search the crawled papers to link one: the strategy office — {@link CouncilPapers#search}</li>
 * <li>read a linked paper (reference, title, date, consultations and their results, the council's page):
 *     everyone, also visitors, since the pages that link it are public — {@link CouncilPapers#paper},
 *     {@link CouncilPapers#papers}</li>
 * <li>see the crawl's progress and figures, ask for a crawl now: administrators — {@link CouncilCrawls}</li>
 * <li>crawl the council's server: the system (timer, control.CouncilCrawlJob)</li>
 * <li>link a paper to a divergence decision, a recommendation or a progress report: the strategy office, in the
 *     capability that owns the object (Backlog, the board's office boundary, ProgressReports)</li>
 * </ul>
 */
public final class CouncilPermissions {

    public static final String LINK = Roles.STRATEGY_OFFICE;
    public static final String ADMINISTER = Roles.ADMIN;

    private CouncilPermissions() {
    }

    public static boolean mayLink(Predicate<String> hasRole) {
        return hasRole.test(LINK);
    }
}

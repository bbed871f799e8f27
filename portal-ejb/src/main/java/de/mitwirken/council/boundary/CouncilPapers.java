package de.mitwirken.council.boundary;

import de.mitwirken.council.control.PaperViews;
import de.mitwirken.council.entity.CouncilPaper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The council's papers as crawled from its OParl server: found by reference ("V/0328/2023") or title for the
 * strategy office to link, and read as {@link PaperView} wherever a linked paper is shown. Backlog, board and
 * reporting keep only the paper's id; the web tier and the report compose the view through this boundary.
 */
@Stateless
public class CouncilPapers {

    static final int MAX_RESULTS = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    PaperViews views;

    /** Papers (not deleted) whose reference or title contains the query; newest first, at most 20. */
    @RolesAllowed(CouncilPermissions.LINK)
    public List<PaperView> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() < 2 || q.length() > 200) {
            return List.of();
        }
        String like = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return views.of(em.createNamedQuery(CouncilPaper.SEARCH, CouncilPaper.class).setParameter("query", like)
                .setMaxResults(MAX_RESULTS).getResultList());
    }

    /** The paper with this id, also when the council has deleted it since (then flagged). */
    @PermitAll
    public Optional<PaperView> paper(long id) {
        CouncilPaper paper = em.find(CouncilPaper.class, id);
        return paper == null ? Optional.empty() : Optional.of(views.of(List.of(paper)).get(0));
    }

    /** Several papers at once (a report's decisions), by id; ids that are unknown are left out. */
    @PermitAll
    public Map<Long, PaperView> papers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views.of(em.createNamedQuery(CouncilPaper.BY_IDS, CouncilPaper.class)
                .setParameter("ids", List.copyOf(ids)).getResultList()).stream()
                .collect(Collectors.toMap(PaperView::id, Function.identity()));
    }
}

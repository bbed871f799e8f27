package de.mitwirken.web.council;

import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.council.boundary.PaperView;
import de.mitwirken.web.frame.Pages;
import java.io.Serializable;
import java.util.List;

/**
 * The search for a council paper to link, kept by the office page that links one (a divergence decision, a
 * recommendation's council response, a progress report): what was typed stays, a too short query is told next
 * to the field, the results list the papers with their reference, title and date.
 */
public class CouncilPaperPicker implements Serializable {

    private final CouncilPapers papers;
    private final String field;
    private String query;
    private List<PaperView> results;

    /** field: the client id of the query's input, where errors show. */
    public CouncilPaperPicker(CouncilPapers papers, String field) {
        this.papers = papers;
        this.field = field;
    }

    public void search() {
        String q = query == null ? "" : query.strip();
        if (q.length() < 2) {
            Pages.error(field, "council.link.error.query");
            results = null;
            return;
        }
        results = papers.search(q);
    }

    /** Whether the paper is one of the results found (a link is taken only from them). */
    public boolean found(long paperId) {
        return results != null && results.stream().anyMatch(p -> p.id() == paperId);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** null before a search, empty when nothing was found. */
    public List<PaperView> getResults() {
        return results;
    }

    public void clear() {
        results = null;
        query = null;
    }
}

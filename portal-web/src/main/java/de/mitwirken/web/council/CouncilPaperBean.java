package de.mitwirken.web.council;

import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.council.boundary.PaperView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** Reads a linked council paper for the pages that show one (includes/council/paper.xhtml), once per request. */
@Named("councilPaper")
@RequestScoped
public class CouncilPaperBean {

    @Inject
    CouncilPapers papers;

    private final Map<Long, PaperView> read = new HashMap<>();

    /** The paper with this id; null for none (or an id the council store does not know, e.g. an emptied database). */
    public PaperView of(Long id) {
        if (id == null) {
            return null;
        }
        return read.computeIfAbsent(id, i -> papers.paper(i).orElse(null));
    }
}

package de.mitwirken.web.board;

import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One voted recommendation for the public: its text, the vote, the answers it received, the item it fed. */
@Named
@RequestScoped
public class RecommendationBean {

    @Inject
    PublicBoard board;

    private RecommendationView recommendation;

    @PostConstruct
    void load() {
        recommendation = Pages.byIdOr404("id", board::recommendation);
    }

    public RecommendationView getRecommendation() {
        return recommendation;
    }
}

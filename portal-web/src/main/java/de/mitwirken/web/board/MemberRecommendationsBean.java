package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardRecommendations;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.RecommendationDraft;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Board members draft recommendations here and see the drafts waiting for a vote. */
@Named
@ViewScoped
public class MemberRecommendationsBean implements Serializable {

    @Inject
    BoardRecommendations recommendations;

    @Inject
    CurrentUser currentUser;

    /** The drafts, read once per request (a declaration of a conflict on this page changes them too). */
    static final String DRAFTS = "board.member.drafts";
    private String title;
    private String body;
    private Addressee addressee;


    public void draft() {
        try {
            recommendations.draftRecommendation(currentUser.user().orElseThrow().subject(),
                    new RecommendationDraft(title, body, addressee));
            Pages.info("board.recommendation.drafted");
            title = null;
            body = null;
            addressee = null;
            PerRequest.forget(DRAFTS);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("draft:" + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    public List<RecommendationView> getDrafts() {
        return PerRequest.memo(DRAFTS, recommendations::drafts);
    }

    public Addressee[] getAddressees() {
        return Addressee.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Addressee getAddressee() {
        return addressee;
    }

    public void setAddressee(Addressee addressee) {
        this.addressee = addressee;
    }
}

package de.mitwirken.web.board;

import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.board.boundary.ExpertAssessments;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A board member's expert assessment of one published backlog item (?item=), and their assessments so far.
 * Without an item the page lists the member's assessments only.
 */
@Named
@ViewScoped
public class AssessBean implements Serializable {

    @Inject
    ExpertAssessments assessments;

    @Inject
    PublicRoadmap roadmap;

    @Inject
    CurrentUser currentUser;

    private ItemDetail item;
    private Integer impact;
    private Integer feasibility;
    private String comment;
    private List<ExpertAssessments.Mine> mine;

    @PostConstruct
    void init() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
        if (parameter != null) {
            Long id = UrlParams.id(parameter);
            item = id == null ? null : roadmap.item(id).orElse(null);
            if (item == null) {
                Pages.notFound();
                return;
            }
        }
        mine = assessments.myAssessments(subject());
        if (item != null) {
            mine.stream().filter(m -> m.itemId() == item.summary().id()).findFirst().ifPresent(m -> {
                impact = m.impact();
                feasibility = m.feasibility();
                comment = m.comment();
            });
        }
    }

    public void save() {
        try {
            assessments.assessItem(subject(), item.summary().id(), impact, feasibility, comment);
            Pages.info("board.assess.saved");
            mine = assessments.myAssessments(subject());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("item".equals(field) ? null : "assess:" + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }

    public ItemDetail getItem() {
        return item;
    }

    public List<ExpertAssessments.Mine> getMine() {
        return mine;
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public Integer getFeasibility() {
        return feasibility;
    }

    public void setFeasibility(Integer feasibility) {
        this.feasibility = feasibility;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

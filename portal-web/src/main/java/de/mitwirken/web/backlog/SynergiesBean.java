package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.DivergenceView;
import de.mitwirken.backlog.boundary.FieldMatrix;
import de.mitwirken.backlog.boundary.Synergies;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Synergies and divergences for the strategy office: every divergence (open ones first) and the strategy
 * fields × fields matrix; the cell chosen in the URL (?a=FIELD&amp;b=FIELD) lists the links behind it.
 */
@Named
@RequestScoped
public class SynergiesBean {

    @Inject
    Synergies synergies;

    private List<DivergenceView> open;
    private List<DivergenceView> decided;
    private FieldMatrix matrix;
    private StrategyField a;
    private StrategyField b;
    private List<FieldMatrix.LinkRow> behind = List.of();

    @PostConstruct
    void init() {
        List<DivergenceView> all = synergies.divergences(false);
        open = all.stream().filter(d -> !d.decided()).toList();
        decided = all.stream().filter(DivergenceView::decided).toList();
        matrix = synergies.fieldMatrix();
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        a = UrlParams.enumOf(StrategyField.class, params.get("a"));
        b = UrlParams.enumOf(StrategyField.class, params.get("b"));
        if (a != null && b != null) {
            behind = synergies.linksBetween(a, b);
        }
    }

    public List<DivergenceView> getOpen() {
        return open;
    }

    public List<DivergenceView> getDecided() {
        return decided;
    }

    public FieldMatrix getMatrix() {
        return matrix;
    }

    public StrategyField getA() {
        return a;
    }

    public StrategyField getB() {
        return b;
    }

    public boolean isCellChosen() {
        return a != null && b != null;
    }

    public List<FieldMatrix.LinkRow> getBehind() {
        return behind;
    }
}

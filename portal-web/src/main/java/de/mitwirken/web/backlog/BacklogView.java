package de.mitwirken.web.backlog;

import de.mitwirken.backlog.entity.Score;
import de.mitwirken.needs.entity.StrategyField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;

/** Small formatting helpers the backlog pages share (EL cannot iterate sets or format numbers by locale). */
@Named
@ApplicationScoped
public class BacklogView {

    public List<StrategyField> fields(Collection<StrategyField> fields) {
        return fields == null ? List.of() : fields.stream().sorted().toList();
    }

    /** A number in the page's language, with at most {@code decimals} decimals (1.234,5 in German). */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public List<Score.Term> terms(Score score) {
        return score == null ? List.of() : score.terms();
    }

    public List<Score.Kind> missing(Score score) {
        return score == null ? List.of() : score.missing();
    }
}

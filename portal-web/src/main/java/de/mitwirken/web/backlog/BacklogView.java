package de.mitwirken.web.backlog;

import de.mitwirken.backlog.entity.Score;
import de.mitwirken.strategy.StrategyField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** A date as the page's language writes it (28.11.2026 in German); empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** A decimal without trailing zeros of its storage scale (9.0000 → 9); empty for none. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : number(value.doubleValue(), 4);
    }

    public List<Score.Term> terms(Score score) {
        return score == null ? List.of() : score.terms();
    }

    public List<Score.Kind> missing(Score score) {
        return score == null ? List.of() : score.missing();
    }
}

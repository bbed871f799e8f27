package de.mitwirken.web.backlog;

import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an item's plan and its change history read on the pages, in the page's language: amounts in euros, and
 * the history's stored values (ISO dates, names of constants, plain decimals) as the public reads them.
 */
@Named
@ApplicationScoped
public class PlanView {

    @Inject
    BacklogView backlogView;

    /** An amount in euros as the page's language writes it (120.000,00 € in German); empty for none. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance("de".equals(page.getLanguage()) ? Locale.GERMANY : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A value of the history as the public reads it; "–" for none. */
    public String value(HistoryField field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "–";
        }
        return switch (field.kind()) {
            case DATE -> date(stored);
            case MONEY -> money(new BigDecimal(stored));
            case PERCENT -> stored + " %";
            case STATUS -> Pages.text("backlog.status." + stored);
            case HORIZON -> Pages.text("backlog.horizon." + stored);
            case FIELDS -> Arrays.stream(stored.split(",")).map(f -> Pages.text("needs.field." + f))
                    .collect(Collectors.joining(", "));
            case TEXT, LONG_TEXT -> stored;
        };
    }

    /** Long texts (descriptions) are folded away in the table. */
    public boolean isLong(HistoryField field) {
        return field.kind() == HistoryField.Kind.LONG_TEXT;
    }

    /** A phone number as a tel: link wants it: digits and a leading +. */
    public String telHref(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private String date(String iso) {
        try {
            return backlogView.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}

package de.mitwirken.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Dates, times and numbers as people in the city read them: Europe/Berlin, in the page's language
 * (29.11.2026 / Nov 29, 2026; 1.234,5 / 1,234.5), and counts with the word in singular or plural. The
 * static methods take the locale, so the rules can be tested without a page.
 */
@Named
@RequestScoped
public class Formatter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    LocaleBean locale;

    public String dateTime(Instant instant) {
        return dateTime(instant, locale.getLocale());
    }

    public String date(LocalDate date) {
        return date(date, locale.getLocale());
    }

    /** A whole number with the page language's grouping (32.000 / 32,000); empty for none. */
    public String number(Number value) {
        return number(value, locale.getLocale());
    }

    /** A number with one decimal place, e.g. a mean rating "3,5". */
    public String decimal(Number value) {
        return decimal(value, locale.getLocale());
    }

    /**
     * A count with its word in the right number: the bundle holds {@code key.one} ("Unterstützung") and
     * {@code key.many} ("Unterstützungen"), e.g. {@code formatter.count(n.supportCount(), 'needs.supports')}
     * gives "1 Unterstützung", "2 Unterstützungen", "1.200 Unterstützungen".
     */
    public String count(Number value, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return count(value, key, locale.getLocale(), context.getApplication().getResourceBundle(context, "msg"));
    }

    /** A period such as 30 days, in days. */
    public long days(Duration duration) {
        return duration == null ? 0 : duration.toDays();
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String decimal(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String count(Number value, String key, Locale locale, ResourceBundle texts) {
        if (value == null) {
            return "";
        }
        // German and English both use the singular for exactly one only (0 Anliegen, 0 supporters)
        boolean one = value.doubleValue() == 1.0;
        return number(value, locale) + " " + texts.getString(key + (one ? ".one" : ".many"));
    }
}

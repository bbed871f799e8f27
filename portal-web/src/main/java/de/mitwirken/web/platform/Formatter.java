package de.mitwirken.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as people in the city read them: Europe/Berlin, in the page's language. */
@Named
@RequestScoped
public class Formatter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    LocaleBean locale;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(ZONE).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale())
                .format(date);
    }

    /** A whole number with the page language's grouping (32 000 / 32,000); empty for none. */
    public String number(Number value) {
        return value == null ? "" : java.text.NumberFormat.getIntegerInstance(locale.getLocale()).format(value);
    }

    /** A number with one decimal place, e.g. a mean rating "3,5". */
    public String decimal(Number value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A period such as 30 days, in days. */
    public long days(Duration duration) {
        return duration == null ? 0 : duration.toDays();
    }
}

package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Dates, times, numbers and counts as the pages show them, in German and in English. */
class FormatterTest {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;
    private static final ResourceBundle TEXTS_DE = ResourceBundle.getBundle(Messages.NAME, DE);
    private static final ResourceBundle TEXTS_EN = ResourceBundle.getBundle(Messages.NAME, EN);

    /** Java puts a narrow no-break space before AM/PM and may use no-break spaces as grouping: compare plainly. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void datesFollowThePageLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertEquals("29.11.2026", Formatter.date(day, DE));
        assertEquals("Nov 29, 2026", Formatter.date(day, EN));
        assertEquals("", Formatter.date(null, DE));
    }

    @Test
    void timesAreTheCitysTimeInThePageLanguage() {
        Instant winter = Instant.parse("2026-11-29T13:05:00Z");
        assertEquals("29.11.2026, 14:05", Formatter.dateTime(winter, DE), "Berlin is UTC+1 in winter");
        assertEquals("Nov 29, 2026, 2:05 PM", plain(Formatter.dateTime(winter, EN)));
        assertEquals("01.07.2026, 10:00", Formatter.dateTime(Instant.parse("2026-07-01T08:00:00Z"), DE), "UTC+2 in summer");
    }

    @Test
    void numbersAreGroupedAndDecimalsMarkedAsInTheLanguage() {
        assertEquals("1.234.567", Formatter.number(1_234_567, DE));
        assertEquals("1,234,567", Formatter.number(1_234_567, EN));
        assertEquals("1.234,5", Formatter.decimal(1234.5, DE));
        assertEquals("1,234.5", Formatter.decimal(1234.5, EN));
        assertEquals("3,0", Formatter.decimal(3, DE), "one decimal place always");
        assertEquals("", Formatter.number(null, EN));
    }

    @Test
    void countsTakeTheSingularForOneAndThePluralOtherwise() {
        assertEquals("1 Unterstützung", Formatter.count(1, "needs.supports", DE, TEXTS_DE));
        assertEquals("2 Unterstützungen", Formatter.count(2, "needs.supports", DE, TEXTS_DE));
        assertEquals("0 Unterstützungen", Formatter.count(0, "needs.supports", DE, TEXTS_DE));
        assertEquals("1.200 Unterstützungen", Formatter.count(1200, "needs.supports", DE, TEXTS_DE));
        assertEquals("1 support", Formatter.count(1, "needs.supports", EN, TEXTS_EN));
        assertEquals("2 supports", Formatter.count(2, "needs.supports", EN, TEXTS_EN));
        assertEquals("1 Kommentar", Formatter.count(1, "needs.comments", DE, TEXTS_DE));
        assertEquals("3 comments", Formatter.count(3, "needs.comments", EN, TEXTS_EN));
        assertEquals("1 need", Formatter.count(1, "needs.count", EN, TEXTS_EN));
        assertEquals("12,345 needs", Formatter.count(12_345, "needs.count", EN, TEXTS_EN));
        assertEquals("1 initiative", Formatter.count(1L, "backlog.count", EN, TEXTS_EN));
        assertEquals("7 Vorhaben", Formatter.count(7, "backlog.count", DE, TEXTS_DE));
    }
}

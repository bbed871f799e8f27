package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditSearchCsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertEquals("\"1\",\"Müller, \"\"Moritz\"\"\",\"\"\r\n", AuditSearch.csv(1, "Müller, \"Moritz\"", null));
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-2\",\"'@a\"\r\n",
                AuditSearch.csv("=HYPERLINK(\"x\")", "+1", "-2", "@a"));
    }

    @Test
    void keepsLineBreaksInsideTheQuotedCell() {
        assertEquals("\"a\nb\"\r\n", AuditSearch.csv("a\nb"));
    }
}

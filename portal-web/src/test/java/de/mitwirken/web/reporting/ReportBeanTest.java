package de.mitwirken.web.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.mitwirken.platform.entity.Language;
import org.junit.jupiter.api.Test;

class ReportBeanTest {

    @Test
    void everyTableOfTheSnapshotScrollsInARegionNamedByItsCaption() {
        String table = "<table class=\"data-table report-table\">\n<caption>%s</caption>\n<tr><td>x</td></tr></table>";
        String html = "<article><p>a</p>" + table.formatted("Eins") + "<p>b</p>" + table.formatted("Zwei") + "</article>";
        String region = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"report-table-%d\">"
                + "<table class=\"data-table report-table\">\n<caption id=\"report-table-%d\">%s</caption>\n<tr><td>x</td></tr></table></div>";
        assertEquals("<article><p>a</p>" + region.formatted(1, 1, "Eins") + "<p>b</p>" + region.formatted(2, 2, "Zwei")
                + "</article>", ReportBean.scrollableTables(html));
        assertEquals("<p>no table</p>", ReportBean.scrollableTables("<p>no table</p>"));
    }

    @Test
    void theLanguageAskedForWinsElseTheVisitorsAndDraftFieldsHaveFixedIds() {
        assertEquals(Language.EN, ReportBean.language("en", Language.DE));
        assertEquals(Language.DE, ReportBean.language("de-DE", Language.EN));
        assertEquals(Language.EN, ReportBean.language(null, Language.EN));
        assertEquals(Language.DE, ReportBean.language("<script>", Language.DE), "anything else: the visitor's language");
        assertEquals("de_OVERALL", ReportDraftBean.fieldId("de.OVERALL"));
        assertEquals(12, new ReportDraftBean().getSlots().size(), "overall and five fields, in German and English");
    }
}

package de.mitwirken.web.reporting;

import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ReportDocument;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One report inside the portal's frame: its title as the page's h1 and its HTML text, which was escaped when the
 * report was generated (ReportHtml) and is stored unchangeable once released; unknown reports, and drafts for
 * anyone but the strategy office, are not found. Every report since V25 exists in German and English: the page
 * follows the visitor's language, {@code ?lang=de|en} chooses, and a link offers the other language.
 */
@Named
@RequestScoped
public class ReportBean {

    @Inject
    HttpServletRequest request;

    @Inject
    ProgressReports reports;

    @Inject
    LocaleBean locale;

    private ReportDocument report;

    @PostConstruct
    void load() {
        Long id = UrlParams.id(HiddenControlsFilter.parameter(request, "id"));
        report = id == null ? null : reports.report(id, language(HiddenControlsFilter.parameter(request, "lang"), locale.getLanguage()))
                .orElse(null);
        if (report == null) {
            Pages.notFound();
        }
    }

    /** The language asked for (?lang=de|en), else the visitor's. */
    static Language language(String asked, Language visitors) {
        return Language.fromTag(asked).orElse(visitors);
    }

    public ReportDocument getReport() {
        return report;
    }

    /** The other language the report exists in, if any (reports before V25 exist only in German). */
    public Language getOther() {
        if (!report.summary().english()) {
            return null;
        }
        return "en".equals(report.languageTag()) ? Language.DE : Language.EN;
    }

    /** The snapshot for the page, its tables in scroll regions (see {@link #scrollableTables}). */
    public String getFramedHtml() {
        return scrollableTables(report.html());
    }

    /**
     * Puts each table of a stored snapshot into a focusable region named by the table's caption, so that a
     * wide table scrolls on its own at 320 px instead of the page (WCAG 1.4.10). Only the frame changes: the
     * stored snapshot and its PDF stay as released. ReportHtml writes every table as
     * {@code <table class="data-table report-table">} followed by its caption.
     */
    static String scrollableTables(String html) {
        StringBuilder out = new StringBuilder(html.length() + 512);
        String open = "<table class=\"data-table report-table\">";
        int at = 0;
        int n = 0;
        for (int start = html.indexOf(open); start >= 0; start = html.indexOf(open, at)) {
            int end = html.indexOf("</table>", start);
            if (end < 0) {
                break;
            }
            end += "</table>".length();
            String id = "report-table-" + (++n);
            out.append(html, at, start)
                    .append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(id)
                    .append("\">").append(html.substring(start, end).replaceFirst("<caption>", "<caption id=\"" + id + "\">"))
                    .append("</div>");
            at = end;
        }
        return out.append(html, at, html.length()).toString();
    }
}

package de.mitwirken.reporting.control;

import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.entity.CommentarySection;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of a report in the caller's transaction: generating the draft (composes the content, renders the
 * German and the English text with commentary marks, stores them as the next version for the period: 1, 2, …),
 * writing the commentary, and the release (writes the commentary into both texts, prints both PDFs, stores
 * them). Each step is audited. Used by the office's boundary, the schedule and the demo data step; periods and
 * typed values have been checked by the caller.
 */
@ApplicationScoped
public class ReportGeneration {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportSources sources;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ProgressReport generate(ReportPeriod period, String by) {
        Instant now = clock.instant();
        Integer latest = em.createNamedQuery(ProgressReport.LATEST_VERSION, Integer.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
        int version = latest == null ? 1 : latest + 1;
        ReportContent content = sources.compose(period, now);
        ProgressReport report = new ProgressReport(period, version, text(content, version, Language.DE),
                text(content, version, Language.EN), by, now);
        em.persist(report);
        em.flush();
        audit.record("reporting.report.generate", "progress-report", report.id(), "report draft generated: "
                + report.title() + " (version " + version + ")", null, Map.of("from", period.from(), "to", period.to(),
                "version", version, "released", false));
        return report;
    }

    private static ProgressReport.Text text(ReportContent content, int version, Language language) {
        return new ProgressReport.Text(ReportHtml.title(language, content.period().from(), content.period().to()),
                ReportHtml.render(content, version, language));
    }

    /** Writes the draft's commentary (slot → text, blank removes) and audits what changed, with the texts before. */
    public void writeCommentary(ProgressReport report, Map<String, String> texts, String by) {
        Map<String, String> before = new LinkedHashMap<>();
        texts.keySet().forEach(slot -> before.put(slot, current(report, slot)));
        Map<String, String> changed = report.writeCommentary(texts, by, clock.instant());
        // written now, while the report is a draft: a release later in the same transaction would otherwise be
        // flushed before the commentary rows, and the database refuses commentary of a released report (V25)
        em.flush();
        before.keySet().retainAll(changed.keySet());
        if (!changed.isEmpty()) {
            audit.record("reporting.report.commentary", "progress-report", report.id(), "commentary written: "
                    + report.title() + " (version " + report.version() + "): " + String.join(", ", changed.keySet()),
                    before, changed);
        }
    }

    private static String current(ProgressReport report, String slot) {
        String[] parts = slot.split("\\.", 2);
        // a slot the form cannot have has no text before: the report refuses it (Refusal), as the boundary shows
        return Language.fromTag(parts[0]).flatMap(l -> java.util.Arrays.stream(CommentarySection.values())
                .filter(s -> s.name().equals(parts[1])).findFirst().flatMap(s -> report.commentary(l, s))).orElse("");
    }

    /** The text of a report in a language as it is shown: a draft with its commentary so far, else as stored. */
    public String html(ProgressReport report, Language in) {
        Language shown = report.shownIn(in);
        if (report.isReleased()) {
            return report.html(shown);
        }
        return ReportHtml.withCommentary(report.html(shown), shown, s -> report.commentary(shown, s),
                s -> report.commentary(Language.DE, s));
    }

    /** A draft's PDF, printed on request (a draft stores none); a released report's as stored. */
    public byte[] pdf(ProgressReport report, Language in) {
        if (report.isReleased()) {
            return report.pdf(in);
        }
        Language shown = report.shownIn(in);
        return ReportPdf.render(report.title(shown), shown.tag(), html(report, shown));
    }

    /** Releases the draft: its commentary goes into the text, both PDFs are printed and stored; the caller checked the commentary. */
    public void release(ProgressReport report, String by) {
        Map<Language, ProgressReport.Document> documents = new HashMap<>();
        for (Language language : report.hasEnglish() ? Language.values() : new Language[] {Language.DE}) {
            String html = html(report, language);
            documents.put(language, new ProgressReport.Document(html,
                    ReportPdf.render(report.title(language), language.tag(), html)));
        }
        report.release(by, clock.instant(), documents.get(Language.DE), documents.get(Language.EN));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("released", true);
        after.put("pdfSha256", report.pdfSha256());
        if (report.hasEnglish()) {
            after.put("pdfEnSha256", report.pdfSha256(Language.EN));
        }
        audit.record("reporting.report.release", "progress-report", report.id(), "report released: " + report.title()
                + " (version " + report.version() + ")", Map.of("released", false), after);
    }
}

package de.mitwirken.reporting.boundary;

import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.control.ReportGeneration;
import de.mitwirken.reporting.entity.CommentarySection;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportCouncilPaper;
import de.mitwirken.reporting.entity.ReportPeriod;
import de.mitwirken.reporting.entity.ReportSchedule;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The council progress report (Umsetzungsbericht): the strategy office generates a draft for a period (each time
 * a new version), writes its commentary (overall and per strategy field, German required, English optional) and
 * releases it; then it is stored unchangeable in German and English with both PDFs and their SHA-256. Reports can
 * be scheduled (every n months; the draft comes by itself and the office is told). Everyone reads released
 * reports, the office also drafts. Every office action is audited. Permission policy: {@link ReportingPermissions}.
 * Refusals: {@link InvalidInput} (per field, a message key), {@link NotAllowed} (released, changed meanwhile),
 * NotFoundException.
 */
@Stateless
@RolesAllowed(ReportingPermissions.MANAGE)
public class ProgressReports {

    @PersistenceContext
    EntityManager em;
    @Inject
    ReportGeneration generation;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Resource
    SessionContext session;

    /** Generates and stores the draft of the next version of the report for this period; returns its id. */
    public long generateReport(LocalDate from, LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        Map<String, String> problems = period.problems(today());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return generation.generate(period, caller()).id();
    }

    /** A report as the office edits its commentary, with the version an edit carries back. */
    public DraftView openDraft(long id) {
        return draftView(Rows.find(em, ProgressReport.class, id));
    }

    /**
     * Writes the draft's commentary (slot such as "de.OVERALL" → text; blank removes) if nobody changed the report
     * since the office read it at {@code seenVersion}; returns the draft as it is now.
     */
    public DraftView writeCommentary(long id, long seenVersion, Map<String, String> texts) {
        ProgressReport report = draft(id, seenVersion);
        Map<String, String> problems = new LinkedHashMap<>();
        texts.forEach((slot, text) -> ProgressReport.commentaryProblem(text).ifPresent(key -> problems.put(slot, key)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        generation.writeCommentary(report, texts, caller());
        em.flush();
        em.refresh(report); // the version the database gave the row, for the release that may follow at once
        return draftView(report);
    }

    /** Releases a draft for the public, once, if its German commentary is complete and nobody changed it meanwhile. */
    public void releaseReport(long id, long seenVersion) {
        ProgressReport report = draft(id, seenVersion);
        Map<String, String> problems = slots(report.releaseProblems());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        generation.release(report, caller());
    }

    private ProgressReport draft(long id, long seenVersion) {
        ProgressReport report = Rows.lock(em, ProgressReport.class, id);
        if (report.isReleased()) {
            throw new NotAllowed("reporting.error.released");
        }
        if (report.lockVersion() != seenVersion) {
            throw new NotAllowed("reporting.error.stale");
        }
        return report;
    }

    /**
     * Notes the council paper with which a report (draft or released) went to the council (its id in the council
     * capability, found by the web tier through council.boundary.CouncilPapers); null removes the note. The
     * report's own row is not touched: a released report stays final.
     */
    public void linkCouncilPaper(long reportId, Long councilPaperId) {
        Rows.lock(em, ProgressReport.class, reportId);
        ReportCouncilPaper link = em.find(ReportCouncilPaper.class, reportId);
        Long before = link == null ? null : link.councilPaperId();
        if (councilPaperId == null) {
            if (link != null) {
                em.remove(link);
            }
        } else if (link == null) {
            em.persist(new ReportCouncilPaper(reportId, councilPaperId, caller(), clock.instant()));
        } else {
            link.relink(councilPaperId, caller(), clock.instant());
        }
        audit.record(councilPaperId == null ? "reporting.report.councilPaper.unlink" : "reporting.report.councilPaper.link",
                "progress-report", reportId, councilPaperId == null ? "council paper unlinked"
                        : "council paper " + councilPaperId + " linked",
                Map.of("councilPaper", String.valueOf(before)), Map.of("councilPaper", String.valueOf(councilPaperId)));
    }

    /** The report schedule; a proposal (not active, every six months) when none is set yet. */
    public ScheduleView schedule() {
        ReportSchedule schedule = em.find(ReportSchedule.class, ReportSchedule.ID);
        if (schedule == null) {
            LocalDate today = today();
            return ScheduleView.none(today.withDayOfMonth(1).plusMonths(today.getMonthValue() <= 6 ? 7 - today.getMonthValue()
                    : 13 - today.getMonthValue()));
        }
        return view(schedule);
    }

    /**
     * Sets the report schedule: active or not, every {@code intervalMonths} months from {@code nextRun}, each over the
     * {@code periodMonths} months before; refused if someone changed it since the office read it at {@code seenVersion}
     * (-1: it did not exist).
     */
    public ScheduleView scheduleReports(long seenVersion, boolean active, Integer intervalMonths, Integer periodMonths,
                                        LocalDate nextRun) {
        Map<String, String> problems = ReportSchedule.problems(active, intervalMonths, periodMonths, nextRun, today());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ReportSchedule schedule = em.find(ReportSchedule.class, ReportSchedule.ID, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = null;
        if (schedule == null) {
            if (seenVersion != -1) {
                throw new NotAllowed("reporting.schedule.error.stale");
            }
            schedule = new ReportSchedule(active, intervalMonths, periodMonths, nextRun, caller(), clock.instant());
            em.persist(schedule);
        } else {
            if (schedule.lockVersion() != seenVersion) {
                throw new NotAllowed("reporting.schedule.error.stale");
            }
            before = state(schedule);
            schedule.change(active, intervalMonths, periodMonths, nextRun, caller(), clock.instant());
        }
        em.flush();
        audit.record("reporting.schedule.change", "report-schedule", ReportSchedule.ID, "report schedule "
                + (active ? "set: every " + intervalMonths + " months from " + nextRun : "paused"), before, state(schedule));
        return view(schedule);
    }

    /** Every stored report, all versions, newest period first. */
    public List<ReportSummary> reports() {
        return em.createNamedQuery(ProgressReport.SUMMARIES, Object[].class).getResultStream().map(ReportSummary::of).toList();
    }

    /** The released reports, newest period first. */
    @PermitAll
    public List<ReportSummary> releasedReports() {
        return em.createNamedQuery(ProgressReport.RELEASED_SUMMARIES, Object[].class).getResultStream()
                .map(ReportSummary::of).toList();
    }

    /** A report's text in a language: released ones for everyone, drafts for the office; else empty. */
    @PermitAll
    public Optional<ReportDocument> report(long id, Language language) {
        return readable(id).map(r -> {
            Language shown = r.shownIn(language);
            ReportCouncilPaper paper = em.find(ReportCouncilPaper.class, r.id());
            return new ReportDocument(summary(r), shown.tag(), r.title(shown), r.pdfSha256(shown), generation.html(r, shown),
                    paper == null ? null : paper.councilPaperId());
        });
    }

    /** A report's PDF in a language: released ones for everyone (as stored), drafts for the office (printed now). */
    @PermitAll
    public Optional<ReportFile> pdf(long id, Language language) {
        return readable(id).map(r -> {
            byte[] bytes = generation.pdf(r, language);
            return new ReportFile(r.fileName(r.shownIn(language)), bytes, ProgressReport.sha256(bytes));
        });
    }

    private Optional<ProgressReport> readable(long id) {
        ProgressReport report = em.find(ProgressReport.class, id);
        if (report == null || !report.isReleased() && !ReportingPermissions.mayManage(session::isCallerInRole)) {
            return Optional.empty();
        }
        return Optional.of(report);
    }

    private DraftView draftView(ProgressReport r) {
        Map<String, String> commentary = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            for (CommentarySection section : CommentarySection.inOrder()) {
                r.commentary(language, section).ifPresent(text -> commentary.put(ProgressReport.slot(language, section), text));
            }
        }
        return new DraftView(summary(r), r.lockVersion(), commentary, slots(r.releaseProblems()));
    }

    private static Map<String, String> slots(Map<CommentarySection, String> problems) {
        Map<String, String> bySlot = new LinkedHashMap<>();
        problems.forEach((section, key) -> bySlot.put(ProgressReport.slot(Language.DE, section), key));
        return bySlot;
    }

    private static ReportSummary summary(ProgressReport r) {
        return new ReportSummary(r.id(), r.period().from(), r.period().to(), r.version(), r.title(), r.generatedAt(),
                r.generatedBy(), r.pdfSha256(), r.releasedAt(), r.releasedBy(), r.hasEnglish());
    }

    private static ScheduleView view(ReportSchedule s) {
        return new ScheduleView(s.active(), s.intervalMonths(), s.periodMonths(), s.nextRun(), s.lastRun().orElse(null),
                s.lastReportId().orElse(null), s.changedAt(), s.changedBy(), s.lockVersion(), true);
    }

    private static Map<String, Object> state(ReportSchedule s) {
        return Map.of("active", s.active(), "intervalMonths", s.intervalMonths(), "periodMonths", s.periodMonths(),
                "nextRun", s.nextRun());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportPeriod.ZONE));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

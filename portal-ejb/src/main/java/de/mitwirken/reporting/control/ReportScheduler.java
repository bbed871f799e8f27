package de.mitwirken.reporting.control;

import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import de.mitwirken.reporting.entity.ReportSchedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Generates the scheduled draft when the schedule is due and tells the strategy office to review and release it,
 * by mail through the outbox, in one transaction (no draft without its mail, no mail without its draft). The
 * schedule's row is locked while it runs, so that two nodes generate one draft. The portal keeps no list of
 * who holds the strategy-office role (Keycloak does), so the mail goes to the office's address:
 * portal.reporting.office-mail, else the operator's address (portal.operator.email, the CDO's office).
 */
@Stateless
public class ReportScheduler {

    static final MailTemplate DRAFT_MAIL = new MailTemplate("de.mitwirken.reporting.mails", "reporting.draft");

    @PersistenceContext
    EntityManager em;
    @Inject
    ReportGeneration generation;
    @Inject
    MailOutbox outbox;
    @Inject
    MailRenderer renderer;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.reporting.office-mail")
    Optional<String> officeMail;

    @Inject
    @ConfigProperty(name = "portal.operator.email")
    String operatorMail;

    /** Runs a due schedule once; returns the draft's id, or empty when nothing was due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> runIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        ReportSchedule schedule = em.find(ReportSchedule.class, ReportSchedule.ID, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isDue(today)) {
            return Optional.empty();
        }
        ReportPeriod period = schedule.duePeriod();
        ProgressReport draft = generation.generate(period, AuditLog.SYSTEM);
        LocalDate ran = schedule.nextRun();
        schedule.ran(today, draft.id(), clock.instant());
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        outbox.enqueue(MailRequest.of(recipient(), Language.DE, DRAFT_MAIL, Map.of("title", draft.title(),
                "from", period.from().format(german), "to", period.to().format(german),
                "link", renderer.base() + "/reporting/manage/draft.xhtml?id=" + draft.id())));
        audit.record("reporting.schedule.run", "report-schedule", ReportSchedule.ID, "scheduled report draft generated: "
                + draft.title(), Map.of("nextRun", ran), Map.of("nextRun", schedule.nextRun(), "reportId", draft.id()));
        return Optional.of(draft.id());
    }

    /** Where the office is told: its own address if configured, else the operator's. */
    public String recipient() {
        return officeMail.map(String::strip).filter(s -> !s.isEmpty()).orElse(operatorMail);
    }
}

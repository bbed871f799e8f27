package de.mitwirken.it.reporting;

import de.mitwirken.reporting.control.ReportGeneration;
import de.mitwirken.reporting.entity.ProgressReport;
import de.mitwirken.reporting.entity.ReportPeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test helper in the EJB module (ReportingIT): the steps of a report through the control, each in its own
 * transaction, as the office's boundary runs them, without a signed-in office member.
 */
@Stateless
@PermitAll
public class ReportingDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportGeneration generation;

    public long generate(LocalDate from, LocalDate to) {
        return generation.generate(new ReportPeriod(from, to), "it").id();
    }

    /** Writes commentary; returns what still keeps the draft from its release (section → message key). */
    public Map<String, String> write(long id, Map<String, String> texts) {
        ProgressReport report = em.find(ProgressReport.class, id);
        generation.writeCommentary(report, texts, "it");
        Map<String, String> problems = new LinkedHashMap<>();
        report.releaseProblems().forEach((section, key) -> problems.put(section.name(), key));
        return problems;
    }

    /** Whether the entity itself refuses to be released now. */
    public boolean refusesRelease(long id) {
        try {
            em.find(ProgressReport.class, id).release("it", Instant.now(), null, null);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    public void release(long id) {
        generation.release(em.find(ProgressReport.class, id), "it");
    }
}

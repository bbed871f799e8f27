package de.mitwirken.council.control;

import de.mitwirken.council.entity.CouncilAgendaItem;
import de.mitwirken.council.entity.CouncilConsultation;
import de.mitwirken.council.entity.CouncilFile;
import de.mitwirken.council.entity.CouncilListCursor;
import de.mitwirken.council.entity.CouncilMeeting;
import de.mitwirken.council.entity.CouncilOrganization;
import de.mitwirken.council.entity.CouncilPaper;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The crawl's store in the database: each page with its resume point in a transaction of its own (nothing
 * half-applied; a crash resumes at that page). The job renews its lease between pages (CouncilCrawlRuns).
 */
@Stateless
@LocalBean // its interface is for the crawl, not a business interface: the job injects the bean itself
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaCouncilStore implements CouncilStore {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Override
    public Cursor cursor(String listUrl) {
        return cursorOf(listUrl).map(c -> new Cursor(c.resumeUrl(), c.resumeSince(), c.lastSuccess())).orElse(Cursor.NEW);
    }

    @Override
    public void apply(String listUrl, OparlData.Page page, String next, Instant runStart) {
        Instant now = clock.instant();
        Map<String, CouncilOrganization> organizations = byOparlId(CouncilOrganization.BY_OPARL_IDS,
                CouncilOrganization.class, page.organizations().stream().map(OparlData.Organization::id).toList(),
                CouncilOrganization::oparlId);
        for (OparlData.Organization o : page.organizations()) {
            organizations.computeIfAbsent(o.id(), this::newOrganization).crawled(o.name(), o.shortName(), now);
        }
        Map<String, CouncilMeeting> meetings = byOparlId(CouncilMeeting.BY_OPARL_IDS, CouncilMeeting.class,
                page.meetings().stream().map(OparlData.Meeting::id).toList(), CouncilMeeting::oparlId);
        for (OparlData.Meeting m : page.meetings()) {
            List<CouncilAgendaItem> items = m.agendaItems().stream().filter(a -> a.id().length() <= 700)
                    .map(a -> new CouncilAgendaItem(a.id(), a.number(), a.name(), a.result())).toList();
            meetings.computeIfAbsent(m.id(), this::newMeeting).crawled(m.name(), m.start(), m.cancelled(), m.web(),
                    items, now);
        }
        for (OparlData.Paper p : page.papers()) {
            List<CouncilConsultation> consultations = p.consultations().stream().map(c -> new CouncilConsultation(
                    c.id(), fit(c.meeting()), fit(c.agendaItem()),
                    c.organizations().isEmpty() ? null : fit(c.organizations().get(0)), c.authoritative(), c.role()))
                    .toList();
            List<CouncilFile> files = p.files().stream().filter(f -> f.id().length() <= 700).map(f -> new CouncilFile(
                    f.id(), f.name(), f.fileName(), f.mimeType(), f.accessUrl(), f.size())).toList();
            paper(p.id()).crawled(p.body(), p.reference(), p.name(), p.date(), p.paperType(), p.web(),
                    consultations, files, now);
        }
        for (String id : page.deleted()) {
            markDeleted(id, now);
        }
        cursorOf(listUrl).orElseGet(() -> persist(new CouncilListCursor(listUrl))).pageApplied(next, runStart);
    }

    @Override
    public void finished(String listUrl, Instant runStart) {
        cursorOf(listUrl).orElseGet(() -> persist(new CouncilListCursor(listUrl))).finished(runStart);
    }

    private void markDeleted(String id, Instant now) {
        if (id.length() > 700) {
            return;
        }
        List<String> ids = List.of(id);
        em.createNamedQuery(CouncilPaper.BY_OPARL_ID, CouncilPaper.class).setParameter("id", id).getResultList()
                .forEach(p -> p.deletedByCouncil(now));
        em.createNamedQuery(CouncilMeeting.BY_OPARL_IDS, CouncilMeeting.class).setParameter("ids", ids)
                .getResultList().forEach(m -> m.deletedByCouncil(now));
        em.createNamedQuery(CouncilOrganization.BY_OPARL_IDS, CouncilOrganization.class).setParameter("ids", ids)
                .getResultList().forEach(o -> o.deletedByCouncil(now));
    }

    private CouncilPaper paper(String oparlId) {
        return em.createNamedQuery(CouncilPaper.BY_OPARL_ID, CouncilPaper.class).setParameter("id", oparlId)
                .getResultStream().findFirst().orElseGet(() -> persist(new CouncilPaper(oparlId)));
    }

    private CouncilOrganization newOrganization(String oparlId) {
        return persist(new CouncilOrganization(oparlId));
    }

    private CouncilMeeting newMeeting(String oparlId) {
        return persist(new CouncilMeeting(oparlId));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private <T> Map<String, T> byOparlId(String query, Class<T> type, List<String> ids, Function<T, String> key) {
        if (ids.isEmpty()) {
            return new java.util.HashMap<>();
        }
        return em.createNamedQuery(query, type).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(key, t -> t, (a, b) -> a, java.util.HashMap::new));
    }

    private java.util.Optional<CouncilListCursor> cursorOf(String listUrl) {
        return em.createNamedQuery(CouncilListCursor.BY_URL, CouncilListCursor.class).setParameter("url", listUrl)
                .getResultStream().findFirst();
    }

    /** A reference to another object, kept only when it fits its column (700 characters). */
    private static String fit(String url) {
        return url == null || url.length() > 700 ? null : url;
    }
}

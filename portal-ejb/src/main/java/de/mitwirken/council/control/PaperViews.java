package de.mitwirken.council.control;

import de.mitwirken.council.boundary.PaperView;
import de.mitwirken.council.entity.CouncilAgendaItem;
import de.mitwirken.council.entity.CouncilConsultation;
import de.mitwirken.council.entity.CouncilMeeting;
import de.mitwirken.council.entity.CouncilOrganization;
import de.mitwirken.council.entity.CouncilPaper;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes papers with the names of the organizations and the dates and results of the meetings their
 * consultations point to, in three queries for any number of papers.
 */
@Dependent
public class PaperViews {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @PersistenceContext
    EntityManager em;

    public List<PaperView> of(List<CouncilPaper> papers) {
        Set<String> organizationIds = new HashSet<>();
        Set<String> meetingIds = new HashSet<>();
        for (CouncilPaper p : papers) {
            for (CouncilConsultation c : p.consultations()) {
                organizationIds.add(c.organization());
                meetingIds.add(c.meeting());
            }
        }
        organizationIds.remove(null);
        meetingIds.remove(null);
        Map<String, CouncilOrganization> organizations = byId(CouncilOrganization.BY_OPARL_IDS,
                CouncilOrganization.class, organizationIds, CouncilOrganization::oparlId);
        Map<String, CouncilMeeting> meetings = byId(CouncilMeeting.BY_OPARL_IDS, CouncilMeeting.class, meetingIds,
                CouncilMeeting::oparlId);
        List<PaperView> views = new ArrayList<>();
        for (CouncilPaper p : papers) {
            List<PaperView.Consultation> consultations = p.consultations().stream()
                    .map(c -> consultation(c, organizations, meetings)).toList();
            List<PaperView.File> files = p.files().stream()
                    .map(f -> new PaperView.File(f.name(), f.mimeType(), f.accessUrl())).toList();
            views.add(new PaperView(p.id(), p.reference(), p.name(), p.date(), p.paperType(), p.webUrl(), p.deleted(),
                    consultations, files));
        }
        return views;
    }

    static PaperView.Consultation consultation(CouncilConsultation c, Map<String, CouncilOrganization> organizations,
            Map<String, CouncilMeeting> meetings) {
        CouncilOrganization organization = organizations.get(c.organization());
        CouncilMeeting meeting = meetings.get(c.meeting());
        CouncilAgendaItem item = meeting == null ? null : meeting.agendaItems().stream()
                .filter(a -> Objects.equals(a.oparlId(), c.agendaItem())).findFirst().orElse(null);
        LocalDate date = meeting == null || meeting.startsAt() == null ? null
                : LocalDate.ofInstant(meeting.startsAt(), ZONE);
        return new PaperView.Consultation(organization == null ? null : organization.name(),
                meeting == null ? null : meeting.name(), date,
                item == null ? null : item.number() != null ? item.number() : item.name(),
                item == null ? null : item.result(), c.authoritative(), c.role());
    }

    private <T> Map<String, T> byId(String query, Class<T> type, Set<String> ids, Function<T, String> key) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createNamedQuery(query, type).setParameter("ids", List.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(key, t -> t, (a, b) -> a));
    }
}

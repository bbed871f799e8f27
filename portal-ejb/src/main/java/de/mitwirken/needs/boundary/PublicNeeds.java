package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.NeedQueries;
import de.mitwirken.needs.control.NeedsConfig;
import de.mitwirken.needs.control.SearchIndexNode;
import de.mitwirken.needs.entity.Comment;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedAttachment;
import de.mitwirken.needs.entity.NeedCluster;
import de.mitwirken.needs.entity.Service;
import de.mitwirken.needs.entity.Support;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.IdentityFacade.PersonName;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What everyone may read: the list with filters and search, a need, a cluster, the statistics, the catalogue. */
@Stateless
public class PublicNeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    NeedQueries queries;

    @Inject
    IdentityFacade identity;

    @Inject
    NeedsConfig config;

    @Inject
    SearchIndexNode searchIndex;

    @Resource
    SessionContext session;

    /** A service of the catalogue, for filters and forms. */
    public record ServiceOption(long id, String key, String nameDe, String nameEn, String department,
                                Integer caseVolume, Integer caseVolumeYear, String caseVolumeSource, int ozgLevel,
                                int ozgTarget) implements Serializable {
    }

    /** A cluster with its needs and the distinct supporters across them. */
    public record ClusterView(long id, String title, String summary, List<NeedSummary> needs, long supporters)
            implements Serializable {
    }

    /** Figures for the statistics page. */
    public record Statistics(Map<String, Map<String, Long>> byFieldAndStatus, List<String> months,
                             Map<String, Map<String, Long>> byMonthAndField) implements Serializable {
    }

    public NeedPage page(NeedFilter filter) {
        return queries.page(filter);
    }

    /** The newest official answers to public needs, newest first (at most {@code max}; for the answers feed). */
    public List<OfficialAnswer> recentAnswers(int max) {
        return em.createNamedQuery(Need.RECENTLY_ANSWERED, Need.class).setMaxResults(Math.max(0, Math.min(max, 200)))
                .getResultStream().map(n -> new OfficialAnswer(n.id(), n.title(), n.outcome(), n.answerText(),
                        n.answerDepartment(), n.answeredAt())).toList();
    }

    /** How this node's search index stands (for the health check). */
    public SearchIndexStatus searchIndexStatus() {
        return new SearchIndexStatus(searchIndex.state().name().toLowerCase(Locale.ROOT), searchIndex.indexed());
    }

    /** The published, not hidden ones among these needs (at most {@code max}, by number), in one query. */
    public List<NeedSummary> publicNeeds(Collection<Long> ids, int max) {
        return queries.listed(ids, max);
    }

    /** The listed needs submitted in a verified organisation's name (its public page), newest first. */
    public List<NeedSummary> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Need.OF_ORGANISATION, Need.class).setParameter("organisationId", organisationId)
                .setMaxResults(200).getResultStream().map(PublicNeeds::summary).toList();
    }

    /**
     * A need as its detail page shows it: public needs for everyone; a need still in moderation or hidden
     * only for its author (by profile id) and for moderators.
     */
    public Optional<NeedDetail> need(long id, Long viewerProfileId) {
        Need need = em.find(Need.class, id);
        if (need == null || !mayView(need, viewerProfileId)) {
            return Optional.empty();
        }
        List<Comment> comments = need.isPublic()
                ? em.createNamedQuery(Comment.OF_NEED, Comment.class).setParameter("needId", id).getResultList()
                : List.of();
        Set<Long> people = new HashSet<>();
        if (need.authorId() != null) {
            people.add(need.authorId());
        }
        comments.forEach(c -> people.add(c.authorId()));
        Map<Long, PersonName> names = identity.names(people);

        List<NeedDetail.Step> history = need.history().stream()
                .map(h -> new NeedDetail.Step(h.status(), h.outcome(), h.changedAt())).toList();
        NeedDetail.Answer answer = need.answerText() == null ? null : new NeedDetail.Answer(need.outcome(),
                need.answerText(), need.answerDepartment(), need.outcomeReason(), need.answeredAt(),
                need.answerEasyText());
        List<NeedDetail.AttachmentRef> attachments = em.createNamedQuery(NeedAttachment.OF_NEED, NeedAttachment.class)
                .setParameter("needId", id).getResultStream()
                .map(a -> new NeedDetail.AttachmentRef(a.id(), a.filename(), a.contentType(), a.sizeBytes())).toList();
        List<NeedDetail.ServiceRef> services = need.services().stream()
                .sorted(Comparator.comparing(s -> s.data().nameDe()))
                .map(s -> new NeedDetail.ServiceRef(s.id(), s.data().nameDe(), s.data().nameEn())).toList();
        return Optional.of(new NeedDetail(need.id(), need.title(), need.description(), need.field(), need.status(),
                need.hidden(), need.submitterType(), need.organisation(), need.district(), author(need, names),
                need.supportCount(), need.commentCount(), need.createdAt(), need.publishedAt(), need.moderatedEditAt(),
                services, history, answer, isModerator() || need.isAuthoredBy(viewerProfileId) ? need.rejectionReason() : null,
                need.cluster() == null ? null : new NeedDetail.ClusterRef(need.cluster().id(), need.cluster().title()),
                attachments, thread(comments, names), need.language().tag(), need.verifiedSupportCount(),
                need.organisationId()));
    }

    /** An attachment of a need the viewer may see. */
    public Optional<NeedAttachment> attachment(long needId, long attachmentId, Long viewerProfileId) {
        Need need = em.find(Need.class, needId);
        NeedAttachment attachment = em.find(NeedAttachment.class, attachmentId);
        if (need == null || attachment == null || !attachment.needId().equals(needId) || !mayView(need, viewerProfileId)) {
            return Optional.empty();
        }
        return Optional.of(attachment);
    }

    public Optional<ClusterView> cluster(long id) {
        NeedCluster cluster = em.find(NeedCluster.class, id);
        if (cluster == null) {
            return Optional.empty();
        }
        List<NeedSummary> needs = em.createNamedQuery(Need.BY_CLUSTER, Need.class).setParameter("clusterId", id)
                .getResultStream().filter(Need::isPublic).map(PublicNeeds::summary).toList();
        Number supporters = (Number) em.createNamedQuery(Support.CLUSTER_SUPPORTERS).setParameter(1, id).getSingleResult();
        return Optional.of(new ClusterView(cluster.id(), cluster.title(), cluster.summary(), needs, supporters.longValue()));
    }

    /** A cluster in a list. */
    public record ClusterRef(long id, String title) implements Serializable {
    }

    public List<ClusterRef> clusters() {
        return em.createNamedQuery(NeedCluster.ALL, NeedCluster.class).getResultStream()
                .map(c -> new ClusterRef(c.id(), c.title())).toList();
    }

    public List<ServiceOption> services() {
        return em.createNamedQuery(Service.ALL, Service.class).getResultStream().map(PublicNeeds::option).toList();
    }

    public List<String> districts() {
        return config.districts();
    }

    public Statistics statistics() {
        Map<String, Map<String, Long>> byFieldAndStatus = new LinkedHashMap<>();
        for (Object[] row : rows(Need.PER_FIELD_AND_STATUS)) {
            byFieldAndStatus.computeIfAbsent(String.valueOf(row[0]), k -> new LinkedHashMap<>())
                    .put(String.valueOf(row[1]), ((Number) row[2]).longValue());
        }
        List<String> months = new ArrayList<>();
        Map<String, Map<String, Long>> byMonthAndField = new LinkedHashMap<>();
        for (Object[] row : rows(Need.PER_MONTH_AND_FIELD)) {
            String month = String.valueOf(row[0]);
            if (!months.contains(month)) {
                months.add(month);
            }
            byMonthAndField.computeIfAbsent(String.valueOf(row[1]), k -> new LinkedHashMap<>())
                    .put(month, ((Number) row[2]).longValue());
        }
        return new Statistics(byFieldAndStatus, months, byMonthAndField);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String query) {
        return em.createNamedQuery(query).getResultList();
    }

    static ServiceOption option(Service s) {
        var d = s.data();
        return new ServiceOption(s.id(), d.key(), d.nameDe(), d.nameEn(), d.department(), d.caseVolume(),
                d.caseVolumeYear(), d.caseVolumeSource(), d.ozgLevel(), d.ozgTarget());
    }

    static NeedSummary summary(Need n) {
        return new NeedSummary(n.id(), n.title(), n.description(), n.field(), n.status(), n.outcome(),
                n.submitterType(), n.organisation(), n.district(), n.supportCount(), n.commentCount(), n.publishedAt(),
                n.answeredAt(), n.cluster() == null ? null : n.cluster().id(),
                n.cluster() == null ? null : n.cluster().title(), n.hidden(), n.verifiedSupportCount());
    }

    private boolean mayView(Need need, Long viewerProfileId) {
        return need.isPublic() || need.isAuthoredBy(viewerProfileId) || isModerator();
    }

    private boolean isModerator() {
        return NeedsPermissions.mayAnswer(session::isCallerInRole);
    }

    private static NeedDetail.Author author(Need need, Map<Long, PersonName> names) {
        if (need.authorId() == null) {
            return new NeedDetail.Author(null, null, NeedDetail.Author.Kind.GUEST);
        }
        PersonName name = names.get(need.authorId());
        return name == null || name.former()
                ? new NeedDetail.Author(need.authorId(), null, NeedDetail.Author.Kind.FORMER)
                : new NeedDetail.Author(need.authorId(), name.displayName(), NeedDetail.Author.Kind.PERSON);
    }

    private static List<CommentView> thread(List<Comment> comments, Map<Long, PersonName> names) {
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (Comment c : comments) {
            if (c.parentId() != null) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(view(c, names, List.of()));
            }
        }
        return comments.stream().filter(c -> c.parentId() == null)
                .map(c -> view(c, names, replies.getOrDefault(c.id(), List.of()))).toList();
    }

    private static CommentView view(Comment c, Map<Long, PersonName> names, List<CommentView> replies) {
        PersonName name = names.get(c.authorId());
        boolean former = name == null || name.former();
        return new CommentView(c.id(), c.parentId(), c.authorId(), former ? null : name.displayName(), former,
                c.official(), c.body(), c.createdAt(), c.editedAt(), replies);
    }
}

package de.mitwirken.backlog.control;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemFollow;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.needs.boundary.NeedAudience;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedCluster;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.boundary.Notifier;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * "You said – we did": tells the people behind a backlog item what became of it. Observes {@link ItemNews} inside
 * the transaction of the change, so that what is told and what changed commit together, through the outbox and the
 * digest. Who: for news about a need or a cluster, the people of that need or of the cluster's needs; for news about
 * the item itself, the people of all its needs and those who follow the item. Each person once per event however many
 * of the item's needs reach them, by their chosen channel ({@link Notifier}: each event, daily digest, none; nobody
 * deleted or who withdrew consent); each confirmed guest submitter once, by mail, while the address is kept.
 * Only news of published items is told (a draft's page is not public), and a published item that is dropped.
 * <p>
 * A session bean (its observer a business method), so that its persistence context is the EJB module's whoever fires
 * the news: an application-scoped bean resolved it in the firing module's environment, which in the web module has
 * no persistence unit.
 */
@Stateless
public class ItemNotifications {

    static final String BUNDLE = "de.mitwirken.backlog.mails";

    @PersistenceContext
    EntityManager em;
    @Inject
    NeedAudience audience;
    @Inject
    Notifier notifier;
    @Inject
    MailOutbox outbox;
    @Inject
    MailRenderer renderer;
    @Inject
    BacklogConfig config;

    public void tell(@Observes ItemNews news) {
        BacklogItem item = em.find(BacklogItem.class, news.itemId());
        if (item == null || !told(item, news)) {
            return;
        }
        Set<Long> needs = switch (news.kind()) {
            case NEED_LINKED, NEED_UNLINKED -> Set.of(news.needId());
            case CLUSTER_LINKED, CLUSTER_UNLINKED -> audience.needsOfCluster(news.clusterId());
            default -> item.needIds();
        };
        NeedAudience.Audience people = audience.of(needs);
        Set<Long> profiles = new TreeSet<>(people.profileIds());
        if (aboutTheItem(news.kind())) {
            profiles.addAll(em.createNamedQuery(ItemFollow.FOLLOWERS, Long.class).setParameter("itemId", item.id())
                    .getResultList());
        }
        MailTemplate template = new MailTemplate(BUNDLE, "backlog.news." + news.kind().name());
        String link = renderer.base() + "/backlog/item.xhtml?id=" + item.id();
        Map<String, String> base = values(item, news, link);
        for (Long profile : profiles) {
            notifier.notify(profile, template, language -> inLanguage(base, news, language), link);
        }
        Set<String> told = emailsOf(profiles);
        for (NeedAudience.Guest guest : people.guests()) {
            if (told.add(guest.email().toLowerCase(Locale.ROOT))) {
                outbox.enqueue(MailRequest.of(guest.email(), guest.language(), template,
                        inLanguage(base, news, guest.language())));
            }
        }
    }

    /** News of a published item; of a draft only when it leaves a published status (dropped, say). */
    private boolean told(BacklogItem item, ItemNews news) {
        Set<ItemStatus> published = config.publishedStatuses();
        if (published.contains(item.status())) {
            return true;
        }
        if (news.kind() != ItemNews.Kind.STATUS_CHANGED) {
            return false;
        }
        try {
            return published.contains(ItemStatus.valueOf(news.values().getOrDefault("from", "")));
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static boolean aboutTheItem(ItemNews.Kind kind) {
        return switch (kind) {
            case NEED_LINKED, NEED_UNLINKED, CLUSTER_LINKED, CLUSTER_UNLINKED -> false;
            default -> true;
        };
    }

    /** The values every template may name, with what the news carries (untranslated). */
    private Map<String, String> values(BacklogItem item, ItemNews news, String link) {
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("need", "cluster", "reason", "from", "to", "milestone", "date", "progress", "kpi")) {
            values.put(key, "");
        }
        values.putAll(news.values());
        values.put("title", item.title());
        values.put("link", link);
        if (news.needId() != null) {
            Need need = em.find(Need.class, news.needId());
            values.put("need", need == null ? "#" + news.needId() : need.title());
        }
        if (news.clusterId() != null) {
            NeedCluster cluster = em.find(NeedCluster.class, news.clusterId());
            values.put("cluster", cluster == null ? "#" + news.clusterId() : cluster.title());
        }
        return values;
    }

    /** Statuses, lights and dates in the recipient's language. */
    private static Map<String, String> inLanguage(Map<String, String> base, ItemNews news, Language language) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(), ItemNotifications.class.getClassLoader());
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.getString("backlog.date.pattern"), language.locale());
        Map<String, String> values = new HashMap<>(base);
        String prefix = switch (news.kind()) {
            case STATUS_CHANGED -> "backlog.status.";
            case KPI_LIGHT_CHANGED -> "backlog.light.";
            default -> null;
        };
        for (String key : List.of("from", "to")) {
            String value = values.get(key);
            if (prefix != null && texts.containsKey(prefix + value)) {
                values.put(key, texts.getString(prefix + value));
            } else {
                values.put(key, date(value, dates));
            }
        }
        values.put("date", date(values.get("date"), dates));
        return values;
    }

    private static String date(String iso, DateTimeFormatter format) {
        try {
            return iso == null || iso.isEmpty() ? "" : LocalDate.parse(iso).format(format);
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    /** The addresses of the profiles told, so that a guest who is also one of them is not told twice. */
    private Set<String> emailsOf(Set<Long> profiles) {
        Set<String> emails = new HashSet<>();
        List<Long> ids = List.copyOf(profiles);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createNamedQuery(UserProfile.BY_IDS, UserProfile.class).setParameter("ids",
                    ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList().forEach(p -> {
                        if (p.email() != null) {
                            emails.add(p.email().toLowerCase(Locale.ROOT));
                        }
                    });
        }
        return emails;
    }
}

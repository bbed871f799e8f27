package de.mitwirken.backlog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.control.ScoreInputChanged;
import de.mitwirken.backlog.entity.Assessment;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemChange;
import de.mitwirken.backlog.entity.ItemDraft;
import de.mitwirken.backlog.entity.ItemEdit;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.Milestone;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.platform.boundary.ThroughInterceptors;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backlog's use cases tell what happened (ItemNews) once, after the change and only when it happened: a
 * recording Event stands in for CDI, a small EntityManager for the database (the item, persisted rows, ids on
 * flush) and a recording AuditLog for the platform's. The same paths run against MariaDB in ItemPlanningIT.
 */
class ItemNewsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final long ITEM = 42;

    private final List<ItemNews> news = new ArrayList<>();
    private final List<Object> persisted = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<Map<String, ?>[]> states = new ArrayList<>();
    private BacklogItem item;
    private Backlog backlog;
    private ItemPlanner planner;
    private final List<ScoreInputChanged> scoreInputs = new ArrayList<>();

    @BeforeEach
    void wire() throws Exception {
        item = BacklogItem.propose(new ItemDraft("Online-Bestellung von Urkunden", "Urkunden online bestellen.",
                Set.of(StrategyField.ADMINISTRATION), "Standesamt", Horizon.SHORT_2025, null, null, Set.of()), "office", NOW);
        set(item, "id", ITEM);
        item.assess(new Assessment(3, 80, new BigDecimal("3")));
        EntityManager em = entityManager();
        AuditLog audit = new AuditLog() {
            @Override
            public void record(String action, String objectType, Object objectId, String summary, Map<String, ?> before,
                               Map<String, ?> after) {
                audited.add(action);
                @SuppressWarnings("unchecked")
                Map<String, ?>[] pair = new Map[] {before, after};
                states.add(pair);
            }
        };
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        planner = new ItemPlanner();
        set(planner, "em", em);
        set(planner, "audit", audit);
        set(planner, "clock", clock);
        set(planner, "news", recorder());
        backlog = new Backlog();
        backlog.em = em;
        backlog.audit = audit;
        backlog.clock = clock;
        backlog.planner = planner;
        backlog.scoreInputs = recorder(scoreInputs);
        backlog.session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return (Principal) () -> "strategy-office";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aStatusChangeIsToldOnceWithFromAndTo() {
        backlog.changeStatus(ITEM, ItemStatus.ASSESSED);
        assertEquals(List.of(ItemNews.of(ITEM, ItemNews.Kind.STATUS_CHANGED, Map.of("from", "PROPOSED", "to", "ASSESSED"))), news);
        assertEquals(List.of("backlog.item.status"), audited);
        assertEquals(1, history(HistoryField.STATUS).size(), "and kept in the public history");
        assertEquals(List.of(new ScoreInputChanged(ITEM)), scoreInputs, "and ranked again in the background");

        backlog.dropItem(ITEM, "Der Rat hat das Vorhaben zurückgestellt.");
        assertEquals(ItemNews.of(ITEM, ItemNews.Kind.STATUS_CHANGED, Map.of("from", "ASSESSED", "to", "DROPPED")), news.get(1));
        assertEquals(2, news.size());
    }

    @Test
    void aRefusedChangeTellsNothing() {
        // through the interceptor that turns the entity's refusal into NotAllowed / InvalidInput in the container
        assertThrows(NotAllowed.class, () -> ThroughInterceptors.run(() -> backlog.changeStatus(ITEM, ItemStatus.PRIORITISED)),
                "no skipping");
        assertThrows(InvalidInput.class, () -> ThroughInterceptors.run(() -> backlog.dropItem(ITEM, "kurz")));
        assertTrue(news.isEmpty());
        assertTrue(history(HistoryField.STATUS).isEmpty());
    }

    @Test
    void progressTypedByHandIsPublishedWhenItChanges() {
        backlog.recordProgress(ITEM, 40);
        backlog.recordProgress(ITEM, 40);
        assertEquals(List.of(ItemNews.of(ITEM, ItemNews.Kind.PROGRESS_PUBLISHED, Map.of("progress", "40"))), news,
                "the same value again is no news");
        assertThrows(InvalidInput.class, () -> backlog.recordProgress(ITEM, 101));
        planner.chooseProgressMode(ITEM, ProgressMode.MILESTONES);
        NotAllowed refused = assertThrows(NotAllowed.class, () -> backlog.recordProgress(ITEM, 60));
        assertEquals("backlog.edit.error.progressFollowsMilestones", refused.messageKey());
        assertEquals(1, news.size(), "progress from milestones is not published as typed progress");
    }

    @Test
    void aMilestoneReachedAndAMilestoneMovedAreToldOnceEach() {
        long first = backlog.addMilestone(ITEM, "Online-Formular mit Bezahlung", LocalDate.of(2026, 12, 1));
        long second = planner.addMilestone(ITEM, new MilestoneDraft("Freischaltung", "Für alle Urkundenarten.", LocalDate.of(2027, 1, 31)));
        assertTrue(news.isEmpty(), "adding is not news");

        backlog.completeMilestone(ITEM, first);
        assertEquals(List.of(ItemNews.of(ITEM, ItemNews.Kind.MILESTONE_REACHED,
                Map.of("milestone", "Online-Formular mit Bezahlung", "date", "2026-12-06"))), news);
        assertThrows(NotAllowed.class, () -> planner.completeMilestone(ITEM, first), "reached once");

        assertThrows(InvalidInput.class, () -> planner.moveMilestone(ITEM, second, new DateMove(LocalDate.of(2027, 3, 31), "später")));
        planner.moveMilestone(ITEM, second, new DateMove(LocalDate.of(2027, 3, 31), "Die Schnittstelle des Landes kommt später."));
        assertEquals(ItemNews.of(ITEM, ItemNews.Kind.MILESTONE_MOVED, Map.of("milestone", "Freischaltung", "from", "2027-01-31",
                "to", "2027-03-31", "reason", "Die Schnittstelle des Landes kommt später.")), news.get(1));
        assertEquals(2, news.size());
        assertEquals(List.of(HistoryField.MILESTONE_ADDED, HistoryField.MILESTONE_ADDED, HistoryField.MILESTONE_REACHED,
                HistoryField.MILESTONE_MOVED), persisted.stream().filter(ItemChange.class::isInstance)
                .map(c -> ((ItemChange) c).field()).toList());
        assertEquals(List.of("backlog.item.milestone", "backlog.item.milestone", "backlog.item.milestoneDone",
                "backlog.item.milestoneMove"), audited);
    }

    @Test
    void anEditWithAnOldVersionChangesNothing() {
        ItemEdit edit = new ItemEdit("Online-Bestellung von Urkunden und Meldebescheinigungen", "Urkunden online bestellen.",
                Set.of(StrategyField.ADMINISTRATION), "Standesamt", Horizon.SHORT_2025, null, null, new BigDecimal("180000"),
                null, null, null, null);
        NotAllowed stale = assertThrows(NotAllowed.class, () -> planner.editItem(ITEM, item.version() + 1, edit));
        assertEquals("backlog.edit.error.stale", stale.messageKey());
        assertEquals("Online-Bestellung von Urkunden", item.title());
        assertTrue(persisted.isEmpty() && audited.isEmpty());

        planner.editItem(ITEM, item.version(), edit);
        assertEquals("Online-Bestellung von Urkunden und Meldebescheinigungen", item.title());
        assertEquals(List.of(HistoryField.TITLE, HistoryField.BUDGET_PLANNED), persisted.stream()
                .map(c -> ((ItemChange) c).field()).toList());
        assertEquals(List.of("backlog.item.edit"), audited);
        assertEquals("Online-Bestellung von Urkunden", states.get(0)[0].get("title"));
        assertEquals("Online-Bestellung von Urkunden und Meldebescheinigungen", states.get(0)[1].get("title"));
        assertTrue(news.isEmpty(), "an edit is history, not news");
    }

    private List<ItemChange> history(HistoryField field) {
        return persisted.stream().filter(ItemChange.class::isInstance).map(ItemChange.class::cast)
                .filter(c -> c.field() == field).toList();
    }

    /** The item by its id, rows kept in a list, ids given on persist and flush as the database would. */
    private EntityManager entityManager() {
        long[] ids = {1000};
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> args[0] == BacklogItem.class && Long.valueOf(ITEM).equals(args[1]) ? item : null;
                    case "persist" -> {
                        persisted.add(args[0]);
                        giveId(args[0], ids);
                        yield null;
                    }
                    case "flush" -> {
                        for (Milestone m : item.milestones()) {
                            giveId(m, ids);
                        }
                        yield null;
                    }
                    case "lock" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void giveId(Object row, long[] ids) throws ReflectiveOperationException {
        Field id = row.getClass().getDeclaredField("id");
        id.setAccessible(true);
        if (id.get(row) == null) {
            id.set(row, ++ids[0]);
        }
    }

    private Event<ItemNews> recorder() {
        return recorder(news);
    }

    /** An Event that keeps what is fired, synchronously, as the boundaries fire in the transaction. */
    private static <T> Event<T> recorder(List<T> fired) {
        return new Event<>() {
            @Override
            public void fire(T event) {
                fired.add(event);
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException("the backlog fires synchronously, in the transaction");
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException("the backlog fires synchronously, in the transaction");
            }

            @Override
            public Event<T> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

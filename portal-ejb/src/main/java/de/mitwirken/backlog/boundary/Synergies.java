package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.FieldLinks;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Divergence;
import de.mitwirken.backlog.entity.ItemLink;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the strategy office reads about how items relate: divergences waiting for a decision and the
 * strategy fields × fields matrix with the links behind each cell. Links are made and divergences decided
 * in {@link Backlog}.
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class Synergies {

    @PersistenceContext
    EntityManager em;

    /** Open divergences oldest first, or all of them newest first. */
    public List<DivergenceView> divergences(boolean openOnly) {
        List<Divergence> divergences = em.createNamedQuery(openOnly ? Divergence.OPEN : Divergence.ALL, Divergence.class)
                .getResultList();
        Map<Long, BacklogReads.Head> heads = BacklogReads.heads(em, divergences.stream()
                .flatMap(d -> Stream.of(d.link().fromItemId(), d.link().toItemId())).toList());
        return divergences.stream().map(d -> DivergenceView.of(d, heads)).toList();
    }

    public DivergenceView divergence(long divergenceId) {
        Divergence divergence = Rows.find(em, Divergence.class, divergenceId);
        return DivergenceView.of(divergence, BacklogReads.heads(em, List.of(divergence.link().fromItemId(),
                divergence.link().toItemId())));
    }

    /** Strategy fields × strategy fields with the number of item links between them. */
    public FieldMatrix fieldMatrix() {
        List<FieldLinks.Link> links = links();
        Map<StrategyField, Map<StrategyField, Integer>> counts = FieldLinks.counts(fieldsOfLinkedItems(), links);
        return new FieldMatrix(Arrays.stream(StrategyField.values()).map(a -> new FieldMatrix.Row(a,
                Arrays.stream(StrategyField.values()).map(b -> new FieldMatrix.Cell(b, counts.get(a).get(b))).toList()))
                .toList(), links.size());
    }

    /** The links behind one cell of the field matrix. */
    public List<FieldMatrix.LinkRow> linksBetween(StrategyField a, StrategyField b) {
        Set<Long> ids = FieldLinks.behind(fieldsOfLinkedItems(), links(), a, b).stream().map(FieldLinks.Link::id)
                .collect(Collectors.toSet());
        List<ItemLink> behind = em.createNamedQuery(ItemLink.ALL, ItemLink.class).getResultStream()
                .filter(l -> ids.contains(l.id())).toList();
        if (behind.isEmpty()) {
            return List.of();
        }
        Map<Long, BacklogReads.Head> heads = BacklogReads.heads(em, behind.stream()
                .flatMap(l -> Stream.of(l.fromItemId(), l.toItemId())).toList());
        Map<Long, Boolean> decided = em.createNamedQuery(Divergence.OF_LINKS, Divergence.class)
                .setParameter("linkIds", ids).getResultStream()
                .collect(Collectors.toMap(d -> d.link().id(), Divergence::isDecided));
        return behind.stream().map(l -> new FieldMatrix.LinkRow(l.id(), l.fromItemId(),
                BacklogReads.title(heads, l.fromItemId()), l.type(), l.toItemId(), BacklogReads.title(heads, l.toItemId()),
                decided.get(l.id()))).toList();
    }

    private List<FieldLinks.Link> links() {
        return em.createNamedQuery(ItemLink.ALL, ItemLink.class).getResultStream()
                .map(l -> new FieldLinks.Link(l.id(), l.fromItemId(), l.toItemId())).toList();
    }

    private Map<Long, Set<StrategyField>> fieldsOfLinkedItems() {
        return em.createNamedQuery(BacklogItem.FIELDS_OF_LINKED, Object[].class).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (StrategyField) r[1], Collectors.toSet())));
    }
}

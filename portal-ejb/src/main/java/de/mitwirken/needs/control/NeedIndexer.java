package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.Need;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Computes the stemmed search terms of needs that have none (demo data, generated data, imports), in
 * batches, shortly after start. Needs submitted through the portal are indexed when they are saved.
 */
@Stateless
public class NeedIndexer {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    public static String termsOf(Need need) {
        return SearchTerms.of(need.title(), need.description(), need.organisation() == null ? "" : need.organisation());
    }

    /** Indexes one batch; returns how many needs it indexed (0 when all are done). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int indexBatch() {
        List<Need> needs = em.createNamedQuery(Need.UNINDEXED, Need.class).setMaxResults(BATCH).getResultList();
        needs.forEach(n -> n.indexAs(termsOf(n)));
        return needs.size();
    }
}

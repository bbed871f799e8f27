package de.mitwirken.it.needs;

import de.mitwirken.needs.control.NeedIndexer;
import de.mitwirken.needs.entity.ModerationMode;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedDraft;
import de.mitwirken.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Test helper in the EJB module (SearchIndexIT): what moderation does to a need, through the entity, each step in
 * its own transaction, without a signed-in moderator.
 */
@Stateless
@PermitAll
public class NeedDesk {

    @PersistenceContext
    EntityManager em;

    /** A guest's need, confirmed and published (as submission, the confirmation link and moderation do it). */
    public long submitAndPublish(NeedDraft draft) {
        String tokenHash = "0".repeat(64);
        Need need = Need.submittedByGuest("index-" + UUID.randomUUID() + "@example.org", tokenHash, draft, Set.of(),
                Language.DE, Instant.now());
        need.confirm(tokenHash, ModerationMode.PRE, Instant.now());
        need.publish(Instant.now());
        need.indexAs(NeedIndexer.termsOf(need));
        em.persist(need);
        em.flush();
        return need.id();
    }

    public void hide(long id) {
        em.find(Need.class, id).hide();
    }

    public void unhide(long id) {
        em.find(Need.class, id).unhide();
    }

    /** Deletes the need with its history, services and attachments (as the retention of needs does). */
    public void erase(long id) {
        em.remove(em.find(Need.class, id));
    }
}

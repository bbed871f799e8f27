package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.SchemaMigrator;
import de.mitwirken.platform.entity.PortalSetting;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What an administrator sees of the running system, and what readiness asks of it. */
@Stateless
public class SystemStatusFacade {

    @EJB
    SchemaMigrator schema;

    @EJB
    IdentityFacade identity;

    @PersistenceContext
    EntityManager em;

    public SystemStatus status() {
        return new SystemStatus(schema.currentVersion(), identity.profileCount());
    }

    /**
     * One read through the persistence unit, for readiness: it fails when the pool does, and also when the
     * deployment's EntityManagerFactory was closed under it (a raw connection would still answer).
     */
    public void checkPersistence() {
        em.find(PortalSetting.class, "readiness-probe");
    }

    public record SystemStatus(String schemaVersion, long profiles) {
    }
}

package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.PortalSetting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Fails the deployment when the persistence unit cannot read. A deployment that raced the boot of the one before it
 * (issue #20) started with an EntityManagerFactory that was already closed: asadmin said "deployed", and every page
 * failed. Thrown here, the same state makes the deployment fail and asadmin say so.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class PersistenceCheck {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void readOnce() {
        em.find(PortalSetting.class, "startup-check");
    }
}

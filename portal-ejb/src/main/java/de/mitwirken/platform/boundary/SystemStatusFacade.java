package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.SchemaMigrator;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** What an administrator sees of the running system. */
@Stateless
public class SystemStatusFacade {

    @EJB
    SchemaMigrator schema;

    @EJB
    IdentityFacade identity;

    public SystemStatus status() {
        return new SystemStatus(schema.currentVersion(), identity.profileCount());
    }

    public record SystemStatus(String schemaVersion, long profiles) {
    }
}

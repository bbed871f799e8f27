package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.PortalSetting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Run-time settings of the portal: read by everyone, changed by administrators (audited). */
@Stateless
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Optional<String> get(String name) {
        return Optional.ofNullable(em.find(PortalSetting.class, name)).map(PortalSetting::value);
    }

    @RolesAllowed(PlatformPermissions.ADMINISTER)
    public void change(String name, String value) {
        PortalSetting setting = em.find(PortalSetting.class, name);
        String before = setting == null ? null : setting.value();
        String by = session.getCallerPrincipal().getName();
        if (setting == null) {
            em.persist(new PortalSetting(name, value, by, clock.instant()));
        } else {
            setting.change(value, by, clock.instant());
        }
        audit.record("platform.setting.change", "setting", name, name + " = " + value,
                before == null ? null : Map.of("value", before), Map.of("value", value));
    }
}

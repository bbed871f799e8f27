package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.AuditEntry;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;

/**
 * Records every state change made by staff: who (the signed-in user, or "system" for jobs), when, what,
 * which object, and the state before and after. Written in the caller's transaction, so an action and its
 * record commit or roll back together. There is no method to change or delete an entry.
 */
@Stateless
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String objectType, Object objectId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        String username = actor();
        String name = SYSTEM.equals(username) ? SYSTEM : em.createNamedQuery(UserProfile.BY_USERNAME, UserProfile.class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(UserProfile::displayName).orElse(username);
        em.persist(new AuditEntry(clock.instant(), username, name, action, objectType, String.valueOf(objectId),
                summary, json(before), json(after)));
    }

    private String actor() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    /** A state as a small JSON object; values are written as strings, nulls kept. */
    static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        state.forEach((key, value) -> {
            if (value == null) {
                builder.addNull(key);
            } else {
                builder.add(key, String.valueOf(value));
            }
        });
        return builder.build().toString();
    }
}

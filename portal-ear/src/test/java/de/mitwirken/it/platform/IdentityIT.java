package de.mitwirken.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.Parallel;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.boundary.SystemStatusFacade;
import de.mitwirken.platform.entity.IdentityClaims;
import de.mitwirken.platform.entity.Language;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server, against MariaDB: local profiles on sign-in, language preference, the migrated schema. */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(IdentityIT.class);
    }

    @Inject
    IdentityFacade identity;

    @Inject
    SystemStatusFacade systemStatus;

    @Test
    void theSchemaIsMigratedByFlywayAtStart() {
        assertNotEquals("-", systemStatus.status().schemaVersion());
    }

    @Test
    void firstSignInCreatesAProfileAndALaterOneRefreshesItKeepingTheLanguage() {
        String subject = UUID.randomUUID().toString();
        SignedInUser first = identity.signIn(new IdentityClaims(subject, "jana", "Jana Kühn", "jana@example.org"),
                Language.EN);
        assertEquals("Jana Kühn", first.displayName());
        assertEquals(Language.EN, first.language());

        identity.changeLanguage(subject, Language.DE);
        SignedInUser again = identity.signIn(new IdentityClaims(subject, "jana", "Jana Neumann", "jn@example.org"),
                Language.EN);
        assertEquals(first.profileId(), again.profileId());
        assertEquals("Jana Neumann", again.displayName());
        assertEquals("jn@example.org", again.email());
        assertEquals(Language.DE, again.language(), "the profile's own preference wins over the visitor cookie");
    }

    @Test
    void parallelFirstSignInsOfOnePersonCreateExactlyOneProfile() throws InterruptedException {
        String subject = UUID.randomUUID().toString();
        long before = identity.profileCount();
        List<Parallel.Outcome<SignedInUser>> outcomes = Parallel.run(8, () ->
                identity.signIn(new IdentityClaims(subject, "tabs", "Many Tabs", null), Language.DE));

        assertTrue(outcomes.stream().allMatch(Parallel.Outcome::succeeded), () -> "failures: " + outcomes);
        Set<Long> ids = outcomes.stream().map(o -> o.value().profileId()).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every tab sees the same profile");
        assertEquals(before + 1, identity.profileCount());
    }
}

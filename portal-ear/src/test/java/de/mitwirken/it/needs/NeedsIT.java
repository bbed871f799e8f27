package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.Participation;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.ServiceCatalogue;
import de.mitwirken.needs.entity.NeedDraft;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Retention;
import de.mitwirken.platform.boundary.RetentionRule;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against MariaDB with the demo data: guest double opt-in with rate limits, German-aware
 * search, filter counts, similar needs, retention of unconfirmed needs, and that the protected use cases
 * refuse callers without the role.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class NeedsIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/needs/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(NeedsIT.class);
    }

    @Inject
    NeedSubmission submission;

    @Inject
    PublicNeeds publicNeeds;

    @Inject
    Moderation moderation;

    @Inject
    Participation participation;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Retention retention;

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Resource(lookup = "jdbc/portal")
    DataSource db;

    @Test
    void aGuestNeedWaitsForTheLinkInTheMailAndTheLinkWorksOnce() throws Exception {
        String email = "gast-" + UUID.randomUUID() + "@example.org";
        NeedSubmission.Submitted submitted = submission.submitGuestNeed(email, draft("Wartezeiten im Standesamt verkürzen"),
                List.of(), Language.DE, "198.51.100." + (int) (Math.random() * 250));
        assertEquals(NeedStatus.UNCONFIRMED, submitted.status());
        assertTrue(publicNeeds.need(submitted.id(), null).isEmpty(), "nobody sees an unconfirmed need");

        String mail = mailBody(email);
        Matcher link = CONFIRM_LINK.matcher(mail);
        assertTrue(link.find(), mail);
        assertEquals(NeedStatus.SUBMITTED, submission.confirmGuestNeed(link.group(1)).orElseThrow().status());
        assertTrue(submission.confirmGuestNeed(link.group(1)).isEmpty(), "a token is used once");
        assertTrue(submission.confirmGuestNeed("forged-token").isEmpty());
    }

    @Test
    void guestSubmissionsAreLimitedPerEmailAddress() {
        String email = "viel-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 3; i++) {
            submission.submitGuestNeed(email, draft("Anliegen Nummer " + i + " zur Verwaltung"), List.of(), Language.DE,
                    "203.0.113." + i);
        }
        NotAllowed refused = assertThrows(NotAllowed.class, () -> submission.submitGuestNeed(email,
                draft("Noch ein Anliegen zur Verwaltung"), List.of(), Language.DE, "203.0.113.99"));
        assertEquals("needs.error.rateLimited", refused.messageKey());
    }

    @Test
    void badInputIsReportedPerFieldAndNothingIsSaved() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> submission.submitGuestNeed("keine-adresse",
                new NeedDraft("ab", "kurz", null, SubmitterType.BUSINESS, null, "Atlantis", Set.of(999_999L)),
                List.of(), Language.DE, "192.0.2.1"));
        assertEquals(Set.of("title", "description", "field", "organisation", "district", "services", "email"),
                invalid.problems().keySet());
    }

    @Test
    void searchIsGermanAwareAndFindsCompoundsAndWordForms() {
        NeedPage page = publicNeeds.page(new NeedFilter(null, null, null, null, null,
                "Baugenehmigungen digital beantragen", null, 0));
        assertTrue(page.needs().stream().anyMatch(n -> n.title().equals("Antrag auf Baugenehmigung online")),
                () -> "found: " + page.needs().stream().map(NeedSummary::title).toList());
        List<NeedSummary> similar = submission.similarNeeds("Baugenehmigungen digital beantragen");
        assertTrue(similar.stream().anyMatch(n -> n.title().equals("Antrag auf Baugenehmigung online")));
        assertTrue(publicNeeds.page(new NeedFilter(null, null, null, null, null, "und die der", null, 0)).needs().isEmpty(),
                "stop words alone find nothing");
    }

    @Test
    void filtersCombineAndCountsTellWhatEachChoiceWouldShow() {
        NeedPage all = publicNeeds.page(NeedFilter.all());
        assertTrue(all.total() >= 50, "demo data: " + all.total());
        long administration = all.count("field", StrategyField.ADMINISTRATION);
        NeedPage onlyAdministration = publicNeeds.page(new NeedFilter(StrategyField.ADMINISTRATION, null, null, null,
                null, null, null, 0));
        assertEquals(administration, onlyAdministration.total());
        assertTrue(onlyAdministration.needs().stream().allMatch(n -> n.field() == StrategyField.ADMINISTRATION));
        long fieldSum = 0;
        for (StrategyField field : StrategyField.values()) {
            fieldSum += all.count("field", field);
        }
        assertEquals(all.total(), fieldSum, "the field counts add up to the total");

        NeedPage bySupport = publicNeeds.page(new NeedFilter(null, null, null, null, null, null,
                NeedFilter.Sort.MOST_SUPPORTED, 0));
        for (int i = 1; i < bySupport.needs().size(); i++) {
            assertTrue(bySupport.needs().get(i - 1).supportCount() >= bySupport.needs().get(i).supportCount());
        }
        NeedPage answered = publicNeeds.page(new NeedFilter(null, null, NeedStatus.ANSWERED, null, null, null, null, 0));
        assertTrue(answered.needs().stream().allMatch(n -> n.status() == NeedStatus.ANSWERED));
        assertFalse(answered.needs().isEmpty());
        NeedPage internal = publicNeeds.page(new NeedFilter(null, null, NeedStatus.SUBMITTED, null, null, null, null, 0));
        assertTrue(internal.needs().stream().allMatch(n -> n.status().isPublic()), "internal statuses are never listed");
    }

    @Test
    void aClusterCountsEachSupporterOnce() throws Exception {
        PublicNeeds.ClusterRef first = publicNeeds.clusters().get(0);
        long distinct;
        long total;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(DISTINCT s.profile_id), COUNT(*) FROM need_support s JOIN need n ON n.id = s.need_id"
                        + " WHERE n.cluster_id = ?")) {
            ps.setLong(1, first.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                distinct = rs.getLong(1);
                total = rs.getLong(2);
            }
        }
        assertEquals(distinct, publicNeeds.cluster(first.id()).orElseThrow().supporters());
        assertTrue(total >= distinct);
    }

    @Test
    void unconfirmedGuestNeedsAreDeletedAfterTheirPeriod() throws Exception {
        String email = "alt-" + UUID.randomUUID() + "@example.org";
        long id = submission.submitGuestNeed(email, draft("Ein altes unbestätigtes Anliegen"), List.of(), Language.DE,
                "192.0.2.77").id();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE need SET created_at = '2020-01-01' WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        RetentionRule rule = rules.stream().filter(r -> r.name().equals("needs.unconfirmed-guest-submissions"))
                .findFirst().orElseThrow();
        assertTrue(retention.run(rule).deleted() >= 1);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM need WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aGuestsAddressIsForgottenAPeriodAfterTheAnswerButNotBefore() throws Exception {
        String oldGuest = "beantwortet-" + UUID.randomUUID() + "@example.org";
        String recentGuest = "neu-" + UUID.randomUUID() + "@example.org";
        long old = submission.submitGuestNeed(oldGuest, draft("Ein lange beantwortetes Anliegen"), List.of(), Language.DE,
                "192.0.2.81").id();
        long recent = submission.submitGuestNeed(recentGuest, draft("Ein gerade beantwortetes Anliegen"), List.of(),
                Language.DE, "192.0.2.82").id();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE need SET status = 'ANSWERED', answered_at = ? WHERE id = ?")) {
            ps.setString(1, "2020-01-01 00:00:00");
            ps.setLong(2, old);
            ps.executeUpdate();
            ps.setString(1, java.time.LocalDateTime.now().minusDays(1).toString().replace('T', ' '));
            ps.setLong(2, recent);
            ps.executeUpdate();
        }
        RetentionRule rule = rules.stream().filter(r -> r.name().equals("needs.guest-addresses-after-answer"))
                .findFirst().orElseThrow();
        assertTrue(retention.run(rule).deleted() >= 1);
        assertEquals(null, guestEmailOf(old), "the address of a need answered long ago is gone");
        assertEquals(recentGuest, guestEmailOf(recent), "a recent answer keeps it for the period");
        assertEquals(null, guestEmailOf(old), "the need itself stays (guestEmailOf finds its row)");
    }

    private String guestEmailOf(long needId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT guest_email FROM need WHERE id = ?")) {
            ps.setLong(1, needId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    @Test
    void protectedUseCasesRefuseCallersWithoutTheRole() {
        assertThrows(EJBAccessException.class, () -> moderation.publish(1));
        assertThrows(EJBAccessException.class, () -> moderation.queue());
        assertThrows(EJBAccessException.class, () -> participation.support("anyone", 1));
        assertThrows(EJBAccessException.class, () -> catalogue.exportCsv());
        assertThrows(Exception.class, () -> submission.submitNeed("00000000-0000-4000-8000-000000000001",
                draft("Im Namen eines anderen einreichen"), List.of()), "nobody submits on another person's behalf");
    }

    private static NeedDraft draft(String title) {
        return new NeedDraft(title, "Eine ausführliche Beschreibung des Anliegens mit genug Zeichen.",
                StrategyField.ADMINISTRATION, SubmitterType.CITIZEN, null, "Mitte", Set.of());
    }

    private String mailBody(String recipient) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body_text FROM outbox_mail WHERE recipient = ?")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a confirmation mail is in the outbox");
                return rs.getString(1);
            }
        }
    }
}

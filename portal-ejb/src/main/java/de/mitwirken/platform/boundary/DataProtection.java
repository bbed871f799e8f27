package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.IdentityRemovals;
import de.mitwirken.platform.control.ProfileRegistration;
import de.mitwirken.platform.entity.ConsentPurpose;
import de.mitwirken.platform.entity.ConsentRecord;
import de.mitwirken.platform.entity.DigestItem;
import de.mitwirken.platform.entity.IdentityRemoval;
import de.mitwirken.platform.entity.OutboxMail;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A person's rights over their data (GDPR): consents, the export of everything the portal holds about
 * them, and deleting their account. Every method acts on the caller's own profile only: the subject the
 * web tier passes must belong to the signed-in user.
 */
@Stateless
public class DataProtection {

    static final MailTemplate ACCOUNT_DELETED = new MailTemplate("de.mitwirken.platform.mails", "platform.accountDeleted");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ProfileRegistration profiles;

    @Inject
    @Any
    Instance<PersonalDataContributor> contributors;

    @Inject
    @Any
    Instance<AccountAnonymiser> anonymisers;

    @Inject
    MailOutbox outbox;

    @Inject
    IdentityRemovals identityRemovals;

    @Inject
    Clock clock;

    /** A consent as "my data" shows it. */
    public record ConsentView(ConsentPurpose purpose, String textVersion, Instant acceptedAt, Instant withdrawnAt,
                              boolean current) implements java.io.Serializable {
    }

    /** Purposes for which the person has not (yet) accepted the current text. */
    public Set<ConsentPurpose> missingConsents(String subject) {
        UserProfile me = me(subject);
        List<ConsentRecord> records = records(me);
        Set<ConsentPurpose> missing = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.requiredToParticipate() && records.stream().noneMatch(r -> r.coversCurrent(purpose))) {
                missing.add(purpose);
            }
        }
        return missing;
    }

    public void giveConsent(String subject, ConsentPurpose purpose) {
        UserProfile me = me(subject);
        if (records(me).stream().noneMatch(r -> r.coversCurrent(purpose))) {
            em.persist(new ConsentRecord(me.id(), purpose, clock.instant()));
        }
    }

    public void withdrawConsent(String subject, ConsentPurpose purpose) {
        Instant now = clock.instant();
        records(me(subject)).stream().filter(r -> r.purpose() == purpose).forEach(r -> r.withdraw(now));
    }

    public List<ConsentView> consents(String subject) {
        return records(me(subject)).stream().map(r -> new ConsentView(r.purpose(), r.textVersion(), r.acceptedAt(),
                r.withdrawnAt(), r.coversCurrent(r.purpose()))).toList();
    }

    /** Everything the portal holds about the person: one JSON document plus their files, as a ZIP. */
    public byte[] exportPersonalData(String subject) {
        UserProfile me = me(subject);
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("profile", Json.createObjectBuilder()
                        .add("username", me.username())
                        .add("displayName", me.displayName())
                        .add("email", me.email() == null ? "" : me.email())
                        .add("language", me.language().tag())
                        .add("mailMode", me.mailMode().name())
                        // issue #26: what Keycloak said about an eID at the last sign-in
                        .add("trustLevel", me.trustLevel().name())
                        .add("levelOfAssurance", me.levelOfAssurance() == null ? "" : me.levelOfAssurance())
                        .add("verifiedSince", me.verifiedSince() == null ? "" : me.verifiedSince().toString())
                        .add("createdAt", me.createdAt().toString())
                        .add("lastSignInAt", me.lastSignInAt().toString()));
        JsonArrayBuilder consents = Json.createArrayBuilder();
        records(me).forEach(r -> consents.add(Json.createObjectBuilder().add("purpose", r.purpose().name())
                .add("textVersion", r.textVersion()).add("acceptedAt", r.acceptedAt().toString())
                .add("withdrawnAt", r.withdrawnAt() == null ? "" : r.withdrawnAt().toString())));
        doc.add("consents", consents);
        JsonArrayBuilder mails = Json.createArrayBuilder();
        if (me.email() != null) {
            em.createNamedQuery(OutboxMail.BY_RECIPIENT, OutboxMail.class).setParameter("recipient", me.email())
                    .getResultList().forEach(m -> mails.add(Json.createObjectBuilder()
                            .add("createdAt", m.createdAt().toString()).add("subject", m.subject())
                            .add("status", m.status().name()).add("text", m.bodyText())));
        }
        doc.add("mails", mails);
        for (PersonalDataContributor contributor : contributors) {
            doc.add(contributor.section(), contributor.personalData(me.id()));
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(pretty(doc).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (PersonalDataContributor contributor : contributors) {
                for (PersonalDataContributor.ExportFile file : contributor.files(me.id())) {
                    zip.putNextEntry(new ZipEntry("files/" + contributor.section() + "/" + file.path()));
                    zip.write(file.content());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the person's account: capabilities remove private data and anonymise public contributions,
     * the profile loses every personal detail, a last mail confirms it, and the Keycloak account is queued
     * for removal (IdentityRemovals, retried until Keycloak confirms).
     */
    public void deleteAccount(String subject) {
        UserProfile me = me(subject);
        for (AccountAnonymiser anonymiser : anonymisers) {
            anonymiser.anonymise(me.id());
        }
        if (me.email() != null) {
            outbox.enqueue(MailRequest.of(me.email(), me.language(), ACCOUNT_DELETED, Map.of("name", me.displayName())));
        }
        em.createNamedQuery(DigestItem.DELETE_OF_PROFILE).setParameter("profileId", me.id()).executeUpdate();
        em.persist(new IdentityRemoval(me.subject(), clock.instant()));
        me.anonymise(clock.instant());
    }

    /** Removes queued Keycloak accounts now (the scheduled job retries whatever fails here). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void removePendingIdentities() {
        identityRemovals.processPending();
    }

    private UserProfile me(String subject) {
        UserProfile profile = profiles.find(subject).orElseThrow(() -> new NotFoundException("profile"));
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (!profile.username().equals(caller)) {
            throw new SecurityException("a person may only act on their own data");
        }
        return profile;
    }

    private List<ConsentRecord> records(UserProfile me) {
        return em.createNamedQuery(ConsentRecord.OF_PROFILE, ConsentRecord.class).setParameter("profileId", me.id())
                .getResultList();
    }

    private static String pretty(JsonObjectBuilder doc) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(doc.build());
        }
        return out.toString();
    }
}

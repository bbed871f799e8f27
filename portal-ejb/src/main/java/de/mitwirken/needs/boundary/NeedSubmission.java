package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.ModerationSettings;
import de.mitwirken.needs.control.NeedIndexer;
import de.mitwirken.needs.control.NeedNotifications;
import de.mitwirken.needs.control.NeedQueries;
import de.mitwirken.needs.control.NeedsConfig;
import de.mitwirken.needs.control.ParticipationGuard;
import de.mitwirken.needs.control.Tokens;
import de.mitwirken.needs.entity.Follow;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedAttachment;
import de.mitwirken.needs.entity.NeedDraft;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Service;
import de.mitwirken.platform.boundary.DataProtection;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationRef;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.platform.boundary.RateLimiter;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.Upload;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Bringing a need in: signed in directly, or as a guest with an email address and a confirmation link. */
@Stateless
public class NeedSubmission {

    public static final int MAX_ATTACHMENTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    DataProtection dataProtection;

    @Inject
    ParticipationGuard guard;

    @Inject
    ModerationSettings moderation;

    @Inject
    NeedsConfig config;

    @Inject
    NeedNotifications notifications;

    @Inject
    NeedQueries queries;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    /** What became of a submission. */
    public record Submitted(long id, NeedStatus status) {
    }

    /** A signed-in person submits; under post-moderation the need is public at once. */
    public Submitted submitNeed(String subject, NeedDraft draft, List<Upload> uploads) {
        SignedInUser me = identity.caller(subject);
        guard.requireNotBlocked(me.profileId());
        if (!dataProtection.missingConsents(subject).isEmpty()) {
            throw new NotAllowed("needs.error.consent");
        }
        Set<Service> services = checked(draft, uploads, Map.of());
        // the registry decides, in this transaction: a withdrawn representative is refused whatever the token says
        Need.OrganisationName speaksFor = draft.submitterType().speaksForOrganisation()
                ? named(organisations.speakingFor(me.profileId(), draft.organisationId())) : null;
        Need need = Need.submittedBy(me.profileId(), draft, speaksFor, services, me.language(), moderation.mode(),
                clock.instant());
        save(need, uploads);
        em.createNamedQuery(Follow.BY_DEFAULT).setParameter(1, need.id()).setParameter(2, me.profileId()).executeUpdate();
        return new Submitted(need.id(), need.status());
    }

    /**
     * A guest submits with an email address; the need waits for the confirmation link (double opt-in).
     * Limited per IP address and per email address, so the portal cannot be used to flood mailboxes.
     */
    public Submitted submitGuestNeed(String email, NeedDraft draft, List<Upload> uploads, Language language,
                                     String ipAddress) {
        Map<String, String> extra = new LinkedHashMap<>();
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            extra.put("email", "needs.error.email");
        }
        if (draft.submitterType() != null && draft.submitterType().speaksForOrganisation()) {
            extra.put("organisation", "needs.error.organisation.guest"); // only verified representatives, signed in
        }
        Set<Service> services = checked(draft, uploads, extra);
        if (!rateLimiter.tryAcquire(RateLimiter.ipBucket("needs.guest", ipAddress), config.guestSubmissionsPerIpAndHour(),
                Duration.ofHours(1))
                || !rateLimiter.tryAcquire(RateLimiter.emailBucket("needs.guest", address.get().value()),
                config.guestSubmissionsPerEmailAndDay(), Duration.ofDays(1))) {
            throw new NotAllowed("needs.error.rateLimited");
        }
        String token = Tokens.newToken();
        Need need = Need.submittedByGuest(address.get().value(), Tokens.hash(token), draft, services, language,
                clock.instant());
        save(need, uploads);
        notifications.askGuestToConfirm(need, token, (int) config.keepUnconfirmed().toDays());
        return new Submitted(need.id(), need.status());
    }

    /** The guest followed the link; an unknown or used token confirms nothing. */
    public Optional<Submitted> confirmGuestNeed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        return em.createNamedQuery(Need.BY_TOKEN, Need.class).setParameter("hash", hash).getResultStream().findFirst()
                .map(need -> {
                    need.confirm(hash, moderation.mode(), clock.instant());
                    return new Submitted(need.id(), need.status());
                });
    }

    /** The organisations the signed-in person may submit for now (the form's choice). */
    public List<OrganisationRef> organisationsOf(String subject) {
        return organisations.representedBy(subject);
    }

    private static Need.OrganisationName named(OrganisationRef organisation) {
        return new Need.OrganisationName(organisation.id(), organisation.name());
    }

    /** Published needs like the one being typed, so that people can support instead of duplicating. */
    public List<NeedSummary> similarNeeds(String titleAndDescription) {
        return queries.similar(titleAndDescription, 5);
    }

    private Set<Service> checked(NeedDraft draft, List<Upload> uploads, Map<String, String> extra) {
        Map<String, String> problems = new LinkedHashMap<>(draft.problems(config.districts()));
        problems.putAll(extra);
        Set<Service> services = new HashSet<>();
        for (Long id : draft.serviceIds()) {
            Service service = em.find(Service.class, id);
            if (service == null) {
                problems.put("services", "needs.error.services");
            } else {
                services.add(service);
            }
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            problems.put("attachments", "needs.error.attachments.count");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return services;
    }

    private void save(Need need, List<Upload> uploads) {
        need.indexAs(NeedIndexer.termsOf(need));
        em.persist(need);
        em.flush();
        for (Upload upload : uploads) {
            em.persist(new NeedAttachment(need.id(), upload, clock.instant()));
        }
    }
}

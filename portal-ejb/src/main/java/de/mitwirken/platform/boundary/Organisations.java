package de.mitwirken.platform.boundary;

import de.mitwirken.platform.boundary.OrganisationViews.MyOrganisations;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationRef;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationView;
import de.mitwirken.platform.boundary.OrganisationViews.ProofFile;
import de.mitwirken.platform.boundary.OrganisationViews.RepresentationView;
import de.mitwirken.platform.boundary.OrganisationViews.RequestView;
import de.mitwirken.platform.control.OrganisationMails;
import de.mitwirken.platform.entity.Organisation;
import de.mitwirken.platform.entity.OrganisationDraft;
import de.mitwirken.platform.entity.Representation;
import de.mitwirken.platform.entity.RepresentationProof;
import de.mitwirken.platform.entity.RepresentationRequest;
import de.mitwirken.platform.entity.Upload;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of verified organisations (issue #26): a person asks to represent an organisation with a PDF proof,
 * the strategy office (or an administrator) accepts or rejects; only a running representation lets a person speak
 * in the organisation's name, which needs and the board ask {@link #speakingFor} about in their own transaction.
 * The realm role org-representative follows the representations (given with the first, taken with the last) and is
 * changed in Keycloak right after the decision; the portal itself never trusts the role for the name.
 * Who may do what: {@link PlatformPermissions}.
 */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    RoleChanges roleChanges;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationMails mails;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A signed-in person asks to represent an organisation; the proof must be a PDF (checked by content). */
    public long requestRepresentation(String subject, OrganisationDraft draft, Upload proof) {
        SignedInUser me = identity.caller(subject);
        Map<String, String> problems = new LinkedHashMap<>(draft.problems());
        if (proof == null) {
            problems.put("proof", "platform.organisations.error.proofMissing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (em.createNamedQuery(RepresentationRequest.OPEN_OF_PERSON, Long.class).setParameter("profile", me.profileId())
                .getSingleResult() >= RepresentationRequest.OPEN_MAX) {
            throw new NotAllowed("platform.organisations.error.tooManyOpen", RepresentationRequest.OPEN_MAX);
        }
        RepresentationRequest request = RepresentationRequest.of(me.profileId(), draft, clock.instant());
        em.persist(request);
        em.flush();
        em.persist(RepresentationProof.of(request, proof));
        return request.id();
    }

    /** The person's own requests and representations. */
    public MyOrganisations mine(String subject) {
        SignedInUser me = identity.caller(subject);
        List<RequestView> requests = em.createNamedQuery(RepresentationRequest.OF_PERSON, RepresentationRequest.class)
                .setParameter("profile", me.profileId()).getResultList().stream()
                .map(r -> view(r, null, null, null)).toList();
        List<RepresentationView> representations = em.createNamedQuery(Representation.OF_PERSON, Representation.class)
                .setParameter("profile", me.profileId()).getResultList().stream().map(this::view).toList();
        return new MyOrganisations(requests, representations);
    }

    /** The organisations the caller represents now: what the forms offer "in the name of". */
    public List<OrganisationRef> representedBy(String subject) {
        return running(identity.caller(subject).profileId());
    }

    /**
     * The organisation a person may speak for now, checked against the database in the caller's transaction (a
     * withdrawn representative is refused at once, whatever their token still says); else a refusal at the form's
     * field "organisation".
     */
    public OrganisationRef speakingFor(long profileId, long organisationId) {
        return em.createNamedQuery(Representation.RUNNING_ONE, Representation.class).setParameter("profile", profileId)
                .setParameter("organisation", organisationId).getResultStream().findFirst()
                .map(r -> ref(r.organisationId()))
                .orElseThrow(() -> InvalidInput.of("organisation", "platform.organisations.error.notRepresented"));
    }

    /** An organisation's public facts; unknown: NotFoundException. */
    public OrganisationView organisation(long id) {
        Organisation o = Rows.find(em, Organisation.class, id);
        int representatives = em.createNamedQuery(Representation.RUNNING_OF_ORGANISATION, Representation.class)
                .setParameter("organisation", id).getResultList().size();
        return new OrganisationView(o.id(), o.name(), o.type(), o.registerNumber(), o.verifiedAt(), representatives);
    }

    /** The office's list: open requests, oldest first, with the organisation an acceptance would attach to. */
    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public List<RequestView> openRequests() {
        return em.createNamedQuery(RepresentationRequest.OPEN, RepresentationRequest.class).getResultList().stream()
                .map(r -> {
                    UserProfile person = em.find(UserProfile.class, r.profileId());
                    OrganisationRef existing = existing(r).map(o -> new OrganisationRef(o.id(), o.name())).orElse(null);
                    return view(r, person.displayName(), person.email(), existing);
                }).toList();
    }

    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public ProofFile proof(long requestId) {
        RepresentationProof proof = Rows.find(em, RepresentationProof.class, requestId);
        return new ProofFile(proof.filename(), proof.contentType(), proof.content());
    }

    /**
     * The office accepts: the request attaches to the organisation of the same name (case and spacing aside) or
     * register number, else a new organisation is verified; the person represents it and gets the role.
     */
    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public long acceptRequest(long requestId) {
        RepresentationRequest request = Rows.lock(em, RepresentationRequest.class, requestId);
        Organisation organisation = existing(request).orElseGet(() -> {
            Organisation created = Organisation.verified(request, clock.instant());
            em.persist(created);
            try {
                em.flush();
            } catch (PersistenceException e) {
                // another office verified the same name a moment ago: decided again, the request attaches to it
                if (Rows.brokeUniqueKey(e, Organisation.UNIQUE_NAME)) {
                    throw new NotAllowed("platform.organisations.error.createdMeanwhile");
                }
                throw e;
            }
            return created;
        });
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
        request.accept(organisation, actor(), clock.instant());
        boolean already = !em.createNamedQuery(Representation.RUNNING_ONE, Representation.class)
                .setParameter("profile", request.profileId()).setParameter("organisation", organisation.id())
                .getResultList().isEmpty();
        if (!already) {
            em.persist(Representation.from(request, clock.instant()));
        }
        roleChanges.grantAtOnce(identity.subjectOf(request.profileId()), Roles.ORG_REPRESENTATIVE);
        mails.accepted(request.profileId(), organisation.name(), organisation.id());
        audit.record("platform.organisation.accept", "organisation-request", request.id(),
                "representation of " + organisation.name() + " (organisation " + organisation.id() + ") accepted",
                Map.of("status", "OPEN"), Map.of("status", "ACCEPTED", "organisation", organisation.id(),
                        "profile", request.profileId()));
        return organisation.id();
    }

    /** The office rejects with a reason (10–1000 characters), which the person is mailed. */
    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public void rejectRequest(long requestId, String reason) {
        RepresentationRequest request = Rows.lock(em, RepresentationRequest.class, requestId);
        request.reject(reason, actor(), clock.instant());
        mails.rejected(request.profileId(), request.name(), request.reason());
        audit.record("platform.organisation.reject", "organisation-request", request.id(),
                "representation of " + request.name() + " rejected", Map.of("status", "OPEN"),
                Map.of("status", "REJECTED", "reason", request.reason(), "profile", request.profileId()));
    }

    /** Everyone who represents an organisation now, by organisation. */
    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public List<RepresentationView> representatives() {
        return em.createNamedQuery(Representation.RUNNING, Representation.class).getResultList().stream()
                .map(this::view).toList();
    }

    /** The office withdraws a representative, with a reason the person is mailed; their role goes at once. */
    @RolesAllowed({PlatformPermissions.VERIFY_ORGANISATIONS, PlatformPermissions.ADMINISTER})
    public void withdrawRepresentative(long representationId, String reason) {
        Representation representation = Rows.lock(em, Representation.class, representationId);
        representation.withdraw(reason, actor(), clock.instant());
        ended(representation);
        String name = ref(representation.organisationId()).name();
        mails.withdrawn(representation.profileId(), name, representation.endReason());
        audit.record("platform.organisation.withdraw", "organisation-representative", representation.id(),
                "representative of " + name + " withdrawn", Map.of("running", true),
                Map.of("running", false, "reason", representation.endReason(), "profile", representation.profileId()));
    }

    /** The person gives up their own representation; it ends at once, like a withdrawal. */
    public void giveUpRepresentation(String subject, long representationId) {
        SignedInUser me = identity.caller(subject);
        Representation representation = Rows.lock(em, Representation.class, representationId);
        if (representation.profileId() != me.profileId()) {
            throw new NotFoundException("representation");
        }
        representation.giveUp(me.username(), clock.instant());
        ended(representation);
    }

    /** The role goes with the last running representation (at once in Keycloak; the job retries). */
    private void ended(Representation representation) {
        em.flush();
        if (running(representation.profileId()).isEmpty()) {
            roleChanges.revokeAtOnce(identity.subjectOf(representation.profileId()), Roles.ORG_REPRESENTATIVE);
        }
    }

    private List<OrganisationRef> running(long profileId) {
        return em.createNamedQuery(Representation.RUNNING_OF_PERSON, Representation.class)
                .setParameter("profile", profileId).getResultList().stream().map(r -> ref(r.organisationId())).toList();
    }

    private Optional<Organisation> existing(RepresentationRequest request) {
        Optional<Organisation> byName = em.createNamedQuery(Organisation.BY_NAME_KEY, Organisation.class)
                .setParameter("key", OrganisationDraft.nameKey(request.name())).getResultStream().findFirst();
        if (byName.isPresent() || request.registerNumber() == null) {
            return byName;
        }
        return em.createNamedQuery(Organisation.BY_REGISTER, Organisation.class)
                .setParameter("register", request.registerNumber()).getResultStream().findFirst();
    }

    private OrganisationRef ref(long organisationId) {
        Organisation o = Rows.find(em, Organisation.class, organisationId);
        return new OrganisationRef(o.id(), o.name());
    }

    private RepresentationView view(Representation r) {
        UserProfile person = em.find(UserProfile.class, r.profileId());
        return new RepresentationView(r.id(), r.organisationId(), ref(r.organisationId()).name(),
                person == null ? null : person.displayName(), r.since(), r.endedAt(), r.endReason());
    }

    private RequestView view(RepresentationRequest r, String personName, String personEmail, OrganisationRef existing) {
        return new RequestView(r.id(), r.name(), r.type(), r.registerNumber(), r.status(), r.requestedAt(),
                r.decidedAt(), r.reason(), r.organisationId(), personName, personEmail, existing,
                em.find(RepresentationProof.class, r.id()) != null);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}

package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import de.mitwirken.platform.entity.Organisation;
import de.mitwirken.platform.entity.Representation;
import de.mitwirken.platform.entity.RepresentationProof;
import de.mitwirken.platform.entity.RepresentationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Representation requests, their proofs and representations in "my data"; deleting the account deletes the requests
 * with their proofs and ends running representations (the rows stay as the organisation's history, with the
 * anonymised profile; Keycloak's user, and so the role, goes with the account).
 */
@ApplicationScoped
public class OrganisationPersonalData implements PersonalDataContributor, AccountAnonymiser {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return "organisations";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder requests = Json.createArrayBuilder();
        for (RepresentationRequest r : requests(profileId)) {
            requests.add(Json.createObjectBuilder().add("id", r.id()).add("organisation", r.name())
                    .add("type", r.type().name()).add("registerNumber", text(r.registerNumber()))
                    .add("status", r.status().name()).add("requestedAt", r.requestedAt().toString())
                    .add("decidedAt", time(r.decidedAt())).add("reason", text(r.reason()))
                    .add("proof", em.find(RepresentationProof.class, r.id()) == null ? ""
                            : "files/" + section() + "/" + proofPath(r.id())));
        }
        JsonArrayBuilder representations = Json.createArrayBuilder();
        for (Representation r : em.createNamedQuery(Representation.OF_PERSON, Representation.class)
                .setParameter("profile", profileId).getResultList()) {
            Organisation o = em.find(Organisation.class, r.organisationId());
            representations.add(Json.createObjectBuilder().add("organisation", o.name()).add("since", r.since().toString())
                    .add("endedAt", time(r.endedAt())).add("endReason", text(r.endReason())));
        }
        return Json.createObjectBuilder().add("requests", requests).add("representations", representations).build();
    }

    @Override
    public List<ExportFile> files(long profileId) {
        List<ExportFile> files = new ArrayList<>();
        for (RepresentationRequest r : requests(profileId)) {
            RepresentationProof proof = em.find(RepresentationProof.class, r.id());
            if (proof != null) {
                files.add(new ExportFile(proofPath(r.id()), proof.content()));
            }
        }
        return files;
    }

    @Override
    public void anonymise(long profileId) {
        Instant now = clock.instant();
        em.createNamedQuery(Representation.RUNNING_OF_PERSON, Representation.class).setParameter("profile", profileId)
                .getResultList().forEach(r -> r.giveUp("account deleted", now));
        List<Long> ids = requests(profileId).stream().map(RepresentationRequest::id).toList();
        if (!ids.isEmpty()) {
            em.createNamedQuery(RepresentationProof.DELETE_OF_REQUESTS).setParameter("ids", ids).executeUpdate();
            em.createNamedQuery(RepresentationRequest.DELETE_OF_PERSON).setParameter("profile", profileId).executeUpdate();
        }
    }

    private List<RepresentationRequest> requests(long profileId) {
        return em.createNamedQuery(RepresentationRequest.OF_PERSON, RepresentationRequest.class)
                .setParameter("profile", profileId).getResultList();
    }

    private static String proofPath(long requestId) {
        return "proof-" + requestId + ".pdf"; // the export puts it under files/organisations/
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant value) {
        return value == null ? "" : value.toString();
    }
}

package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.OrganisationType;
import de.mitwirken.platform.entity.RequestStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the organisation pages show: read models of {@link Organisations}. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    /** An organisation as forms offer it: its number and name. */
    public record OrganisationRef(long id, String name) implements Serializable {
    }

    /** The public page of an organisation. */
    public record OrganisationView(long id, String name, OrganisationType type, String registerNumber,
                                   Instant verifiedAt, int representatives) implements Serializable {
    }

    /** A request, for the person who made it and for the office (person and match filled for the office only). */
    public record RequestView(long id, String name, OrganisationType type, String registerNumber, RequestStatus status,
                              Instant requestedAt, Instant decidedAt, String reason, Long organisationId,
                              String personName, String personEmail, OrganisationRef existing, boolean hasProof)
            implements Serializable {
    }

    /** A representation: who, for which organisation, since when, and (ended) when and why. */
    public record RepresentationView(long id, long organisationId, String organisationName, String personName,
                                     Instant since, Instant endedAt, String endReason) implements Serializable {
        public boolean running() {
            return endedAt == null;
        }
    }

    /** The person's own page: their requests, newest first, and their representations. */
    public record MyOrganisations(List<RequestView> requests, List<RepresentationView> representations)
            implements Serializable {
    }

    /** The proof of a request, for the office to read. */
    public record ProofFile(String filename, String contentType, byte[] content) {
    }
}

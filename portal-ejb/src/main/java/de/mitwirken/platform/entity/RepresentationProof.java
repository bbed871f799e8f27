package de.mitwirken.platform.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** The PDF that proves a representation request, kept apart so that lists of requests never load it. */
@Entity
@Table(name = "organisation_proof")
@NamedQuery(name = RepresentationProof.DELETE_OF_REQUESTS, query = "DELETE FROM RepresentationProof p"
        + " WHERE p.requestId IN :ids")
public class RepresentationProof {

    public static final String DELETE_OF_REQUESTS = "RepresentationProof.deleteOfRequests";

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "filename", nullable = false, length = 255, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected RepresentationProof() {
        // for JPA
    }

    /** Only a PDF proves a request (recognised by its content when it was uploaded). */
    public static RepresentationProof of(RepresentationRequest request, Upload upload) {
        if (!Upload.Kind.PDF.contentType.equals(upload.contentType())) {
            throw Refusal.invalid("proof", "platform.organisations.error.proof");
        }
        RepresentationProof p = new RepresentationProof();
        p.requestId = Objects.requireNonNull(request.id());
        p.filename = upload.filename();
        p.contentType = upload.contentType();
        p.content = upload.content();
        return p;
    }

    public Long requestId() {
        return requestId;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }
}

package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An organisation the strategy office verified from a representation request; its name is its identity. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_NAME_KEY, query = "SELECT o FROM Organisation o WHERE o.nameKey = :key")
@NamedQuery(name = Organisation.BY_REGISTER, query = "SELECT o FROM Organisation o WHERE o.registerNumber = :register"
        + " ORDER BY o.id")
public class Organisation {

    public static final String BY_NAME_KEY = "Organisation.byNameKey";
    public static final String BY_REGISTER = "Organisation.byRegister";
    /** The unique key on the name (V48): two offices verifying the same new organisation at once meet here. */
    public static final String UNIQUE_NAME = "uq_organisation_name_key";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 30)
    private OrganisationType type;

    @Column(name = "register_number", length = 40)
    private String registerNumber;

    @Column(name = "verified_at", nullable = false, updatable = false)
    private Instant verifiedAt;

    protected Organisation() {
        // for JPA
    }

    /** Verified now, from what the accepted request named. */
    public static Organisation verified(RepresentationRequest request, Instant now) {
        Organisation o = new Organisation();
        o.name = request.name();
        o.nameKey = OrganisationDraft.nameKey(request.name());
        o.type = request.type();
        o.registerNumber = request.registerNumber();
        o.verifiedAt = Objects.requireNonNull(now);
        return o;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}

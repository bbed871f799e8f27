package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A council committee or other organization, as last crawled (for the names in consultations). */
@Entity
@Table(name = "council_organization")
@NamedQuery(name = CouncilOrganization.BY_OPARL_IDS, query = "SELECT o FROM CouncilOrganization o WHERE o.oparlId IN :ids")
public class CouncilOrganization {

    public static final String BY_OPARL_IDS = "CouncilOrganization.byOparlIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "oparl_id", nullable = false)
    private String oparlId;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    private boolean deleted;
    @Column(name = "crawled_at", nullable = false)
    private Instant crawledAt;

    protected CouncilOrganization() {
    }

    public CouncilOrganization(String oparlId) {
        this.oparlId = oparlId;
    }

    public void crawled(String name, String shortName, Instant at) {
        this.name = Texts.cut(name, 500);
        this.shortName = Texts.cut(shortName, 100);
        this.deleted = false;
        this.crawledAt = at;
    }

    public void deletedByCouncil(Instant at) {
        this.deleted = true;
        this.crawledAt = at;
    }

    public String oparlId() {
        return oparlId;
    }

    /** The name, else the short name, else null. */
    public String name() {
        return name != null ? name : shortName;
    }
}

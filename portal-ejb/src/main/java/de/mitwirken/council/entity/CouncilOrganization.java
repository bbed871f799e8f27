package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A council committee or other organization, as last crawled (for the names in consultations). */
@Entity
@Table(name = "council_organization")
@NamedQuery(name = CouncilOrganization.BY_OPARL_IDS, query = "SELECT o FROM CouncilOrganization o WHERE o.oparlId IN :ids")
public class CouncilOrganization extends CrawledObject {

    public static final String BY_OPARL_IDS = "CouncilOrganization.byOparlIds";

    private String name;
    @Column(name = "short_name")
    private String shortName;

    protected CouncilOrganization() {
    }

    public CouncilOrganization(String oparlId) {
        super(oparlId);
    }

    public void crawled(String name, String shortName, Instant at) {
        this.name = Texts.cut(name, 500);
        this.shortName = Texts.cut(shortName, 100);
        crawledAt(at);
    }


    /** The name, else the short name, else null. */
    public String name() {
        return name != null ? name : shortName;
    }
}

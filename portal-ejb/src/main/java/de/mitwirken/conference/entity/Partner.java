package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An organisation that hosts, supports or sponsors the conference (kind HOST, PARTNER, SPONSOR). */
@Entity
@Table(name = "conf_partner")
@NamedQuery(name = Partner.OF_CONFERENCE, query = "SELECT p FROM Partner p WHERE p.conference.id = :conference "
        + "ORDER BY p.kind, p.name")
public class Partner {

    public static final String OF_CONFERENCE = "Partner.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "kind", nullable = false, length = 20)
    private String kind;
    @Column(name = "url", length = 500)
    private String url;

    protected Partner() {
        // for JPA
    }

    public static final java.util.List<String> KINDS = java.util.List.of("HOST", "PARTNER", "SPONSOR");

    /** A partner of an edition; name 2–200 characters, kind HOST, PARTNER or SPONSOR, an optional https address. */
    public Partner(Conference conference, String name, String kind, String url) {
        if (!problems(name, kind, url).isEmpty()) {
            throw new IllegalArgumentException("partner");
        }
        this.conference = conference;
        this.name = CleanText.line(name);
        this.kind = kind;
        this.url = CleanText.lineOrNull(url);
    }

    /** Field → message key for a partner. */
    public static java.util.Map<String, String> problems(String name, String kind, String url) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (CleanText.line(name).length() < 2 || CleanText.line(name).length() > 200) {
            problems.put("partnerName", "conference.settings.error.partnerName");
        }
        if (kind == null || !KINDS.contains(kind)) {
            problems.put("partnerKind", "conference.settings.error.partnerKind");
        }
        if (url != null && !url.isBlank() && (!url.strip().matches("https://[^\\s<>\"]+") || url.strip().length() > 500)) {
            problems.put("partnerUrl", "conference.settings.error.partnerUrl");
        }
        return problems;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String url() {
        return url;
    }
}

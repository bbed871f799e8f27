package de.mitwirken.conference.entity;

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

package de.mitwirken.conference.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person on the programme, with the profile the public programme shows. */
@Entity
@Table(name = "conf_speaker")
@NamedQuery(name = Speaker.OF_CONFERENCE, query = "SELECT s FROM Speaker s WHERE s.conference.id = :conference "
        + "ORDER BY s.name")
public class Speaker {

    public static final String OF_CONFERENCE = "Speaker.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "affiliation", length = 200)
    private String affiliation;
    @Column(name = "bio")
    private String bio;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;
    @Column(name = "photo_type", length = 40)
    private String photoType;

    protected Speaker() {
        // for JPA
    }

    public Speaker(Conference conference, String name, String affiliation, String bio) {
        this.conference = conference;
        this.name = name;
        this.affiliation = affiliation;
        this.bio = bio;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String affiliation() {
        return affiliation;
    }

    public String bio() {
        return bio;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public byte[] photo() {
        return photo;
    }

    public String photoType() {
        return photoType;
    }
}

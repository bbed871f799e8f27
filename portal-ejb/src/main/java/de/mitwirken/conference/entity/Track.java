package de.mitwirken.conference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A thematic strand of the programme; the programme page filters by it. */
@Entity
@Table(name = "conf_track")
@NamedQuery(name = Track.OF_CONFERENCE, query = "SELECT t FROM Track t WHERE t.conference.id = :conference "
        + "ORDER BY t.position")
public class Track {

    public static final String OF_CONFERENCE = "Track.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @Column(name = "name", nullable = false, length = 120)
    private String name;
    @Column(name = "position", nullable = false)
    private int position;

    protected Track() {
        // for JPA
    }

    public Track(Conference conference, String name, int position) {
        this.conference = conference;
        this.name = name;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}

package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
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
import java.util.Map;

/** A person on the programme, with the profile the public programme shows. */
@Entity
@Table(name = "conf_speaker")
@NamedQuery(name = Speaker.PUBLISHED, query = "SELECT COUNT(s) FROM Speaker s WHERE s.id = :id "
        + "AND s.conference.published = TRUE")
@NamedQuery(name = Speaker.OF_CONFERENCE, query = "SELECT s FROM Speaker s WHERE s.conference.id = :conference "
        + "ORDER BY s.name")
public class Speaker {

    public static final String OF_CONFERENCE = "Speaker.ofConference";
    public static final String PUBLISHED = "Speaker.published";
    public static final int MAX_PHOTO = 2 * 1024 * 1024;

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
        change(name, affiliation, bio);
    }

    /** Changes the profile; name 2–200 characters, affiliation up to 200, bio up to 3000 (checked here). */
    public void change(String newName, String newAffiliation, String newBio) {
        Map<String, String> problems = problems(newName, newAffiliation, newBio);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.keySet().iterator().next());
        }
        name = CleanText.line(newName);
        affiliation = CleanText.lineOrNull(newAffiliation);
        bio = CleanText.multilineOrNull(newBio);
    }

    /** Field → message key for a speaker's profile. */
    public static Map<String, String> problems(String name, String affiliation, String bio) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (CleanText.line(name).length() < 2 || CleanText.line(name).length() > 200) {
            problems.put("name", "conference.office.error.speakerName");
        }
        if (CleanText.line(affiliation).length() > 200) {
            problems.put("affiliation", "conference.office.error.affiliation");
        }
        if (CleanText.multiline(bio).length() > 3000) {
            problems.put("bio", "conference.office.error.bio");
        }
        return problems;
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

    /** A portrait, already recognised as a picture by its bytes (platform Upload); at most 2 MB. */
    public void showPhoto(byte[] content, String contentType) {
        if (content == null || content.length == 0 || content.length > MAX_PHOTO || !contentType.startsWith("image/")) {
            throw Refusal.invalid("photo", "conference.office.error.photo").because("photo");
        }
        photo = content.clone();
        photoType = contentType;
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

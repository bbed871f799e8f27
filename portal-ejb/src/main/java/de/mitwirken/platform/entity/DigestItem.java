package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification waiting for its recipient's daily digest, already in the recipient's language. */
@Entity
@Table(name = "digest_item")
@NamedQuery(name = DigestItem.PROFILES_WAITING, query = "SELECT DISTINCT d.profileId FROM DigestItem d")
@NamedQuery(name = DigestItem.DELETE_OF_PROFILE, query = "DELETE FROM DigestItem d WHERE d.profileId = :profileId")
// the digest of one person is built by one node: rows another node holds are skipped
@NamedNativeQuery(name = DigestItem.LOCK_OF_PROFILE, query = "SELECT id FROM digest_item WHERE profile_id = ?"
        + " ORDER BY created_at, id FOR UPDATE SKIP LOCKED")
public class DigestItem {

    public static final String PROFILES_WAITING = "DigestItem.profilesWaiting";
    public static final String LOCK_OF_PROFILE = "DigestItem.lockOfProfile";
    public static final String DELETE_OF_PROFILE = "DigestItem.deleteOfProfile";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false)
    private Long profileId;

    @Column(name = "line", nullable = false, length = 1000)
    private String line;

    @Column(name = "link", length = 1000)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DigestItem() {
        // for JPA
    }

    public DigestItem(long profileId, String line, String link, Instant createdAt) {
        this.profileId = profileId;
        this.line = line.length() > 1000 ? line.substring(0, 1000) : line;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String line() {
        return line;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

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

/** A person accepted a version of a text for a purpose; withdrawing keeps the record and its date. */
@Entity
@Table(name = "consent_record")
@NamedQuery(name = ConsentRecord.OF_PROFILE, query = "SELECT c FROM ConsentRecord c WHERE c.profileId = :profileId"
        + " ORDER BY c.acceptedAt")
// [records of the purpose, of them still standing]: a person who gave consent and withdrew every record of it
@NamedQuery(name = ConsentRecord.STANDING, query = "SELECT COUNT(c), SUM(CASE WHEN c.withdrawnAt IS NULL THEN 1 ELSE 0 END)"
        + " FROM ConsentRecord c WHERE c.profileId = :profileId AND c.purpose = :purpose")
public class ConsentRecord {

    public static final String OF_PROFILE = "ConsentRecord.ofProfile";
    public static final String STANDING = "ConsentRecord.standing";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 40)
    private ConsentPurpose purpose;

    @Column(name = "text_version", nullable = false, updatable = false, length = 20)
    private String textVersion;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(long profileId, ConsentPurpose purpose, Instant now) {
        this.profileId = profileId;
        this.purpose = purpose;
        this.textVersion = purpose.currentVersion();
        this.acceptedAt = now;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    /** In force: for this purpose, of the current text, not withdrawn. */
    public boolean coversCurrent(ConsentPurpose wanted) {
        return purpose == wanted && withdrawnAt == null && wanted.currentVersion().equals(textVersion);
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public String textVersion() {
        return textVersion;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}

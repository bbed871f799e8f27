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

/**
 * The portal's own profile of a person whose identity lives in Keycloak. No optimistic version: the
 * only concurrent writers are parallel sign-ins of the same person, which write the same values.
 */
@Entity
@Table(name = "user_profile")
@NamedQuery(name = UserProfile.BY_SUBJECT, query = "SELECT p FROM UserProfile p WHERE p.subject = :subject")
@NamedQuery(name = UserProfile.BY_IDS, query = "SELECT p FROM UserProfile p WHERE p.id IN :ids")
@NamedQuery(name = UserProfile.BY_USERNAME, query = "SELECT p FROM UserProfile p WHERE p.username = :username")
@NamedQuery(name = UserProfile.COUNT_ALL, query = "SELECT COUNT(p) FROM UserProfile p WHERE p.deletedAt IS NULL")
public class UserProfile {

    public static final String BY_SUBJECT = "UserProfile.bySubject";
    public static final String BY_USERNAME = "UserProfile.byUsername";
    public static final String BY_IDS = "UserProfile.byIds";
    public static final String COUNT_ALL = "UserProfile.countAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false, length = 10)
    private MailMode mailMode = MailMode.EVENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "trust_level", nullable = false, length = 12)
    private TrustLevel trustLevel = TrustLevel.UNVERIFIED;

    @Column(name = "level_of_assurance", length = 40)
    private String levelOfAssurance;

    @Column(name = "verified_since")
    private Instant verifiedSince;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected UserProfile() {
        // for JPA
    }

    /** A person signs in for the first time; the language they used as a visitor becomes their preference. */
    public static UserProfile firstSignIn(IdentityClaims claims, Language visitorLanguage, Instant now) {
        UserProfile profile = new UserProfile();
        profile.subject = claims.subject();
        profile.createdAt = now;
        profile.language = visitorLanguage == null ? Language.DEFAULT : visitorLanguage;
        profile.takeOver(claims, now);
        return profile;
    }

    /** A later sign-in: Keycloak's name and email win, the language preference stays the person's own. */
    public void signedInAgain(IdentityClaims claims, Instant now) {
        requireActive();
        if (!subject.equals(claims.subject())) {
            throw new IllegalArgumentException("claims of another person");
        }
        takeOver(claims, now);
    }

    public void preferLanguage(Language preferred) {
        this.language = Objects.requireNonNull(preferred, "language");
    }

    public void chooseMailMode(MailMode mode) {
        requireActive();
        this.mailMode = Objects.requireNonNull(mode, "mail mode");
    }

    /**
     * The person deleted their account: every personal detail goes, the row stays so that public
     * contributions keep a (now anonymous) author. The subject is replaced so that the Keycloak identity
     * no longer leads here.
     */
    public void anonymise(Instant now) {
        requireActive();
        subject = "deleted:" + java.util.UUID.randomUUID();
        username = "deleted-" + id;
        displayName = "";
        email = null;
        mailMode = MailMode.NONE;
        trustLevel = TrustLevel.UNVERIFIED;
        levelOfAssurance = null;
        verifiedSince = null;
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    private void requireActive() {
        if (deletedAt != null) {
            throw new IllegalStateException("profile " + id + " was deleted");
        }
    }

    private void takeOver(IdentityClaims claims, Instant now) {
        this.username = claims.username();
        this.displayName = claims.displayName();
        this.email = claims.email();
        this.lastSignInAt = now;
        // every sign-in brings Keycloak's current verdict: kept while Keycloak keeps it, lost when it drops it
        if (!claims.trustLevel().isVerified()) {
            verifiedSince = null;
        } else if (verifiedSince == null) {
            verifiedSince = now;
        }
        this.trustLevel = claims.trustLevel();
        this.levelOfAssurance = claims.levelOfAssurance();
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return language;
    }

    public MailMode mailMode() {
        return mailMode;
    }

    public TrustLevel trustLevel() {
        return trustLevel;
    }

    public boolean isVerified() {
        return trustLevel.isVerified();
    }

    /** The raw level of assurance of the last eID sign-in (e.g. STORK-QAA-Level-3), or null. */
    public String levelOfAssurance() {
        return levelOfAssurance;
    }

    /** Since when the person is verified without a break, or null. */
    public Instant verifiedSince() {
        return verifiedSince;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}

package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The public key of a person of the board for open data (OParl: /oparl/person/&lt;key&gt;), one per profile, for all
 * their memberships. A random UUID given by the database when the person's first membership is written (V41), so it
 * stays when a new term begins and tells nothing about the profile. Read-only here; erasing the person removes it.
 */
@Entity
@Table(name = "board_person")
@NamedQuery(name = BoardPerson.OF_PROFILES, query = "SELECT p FROM BoardPerson p WHERE p.profileId IN :profiles")
@NamedQuery(name = BoardPerson.DELETE_OF_PROFILE, query = "DELETE FROM BoardPerson p WHERE p.profileId = :profile")
public class BoardPerson {

    public static final String OF_PROFILES = "BoardPerson.ofProfiles";
    public static final String DELETE_OF_PROFILE = "BoardPerson.deleteOfProfile";

    @Id
    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "person_key", nullable = false, length = 36, insertable = false, updatable = false)
    private String personKey;

    protected BoardPerson() {
        // for JPA; the rows come from the database's trigger (V41)
    }

    public long profileId() {
        return profileId;
    }

    public String personKey() {
        return personKey;
    }
}

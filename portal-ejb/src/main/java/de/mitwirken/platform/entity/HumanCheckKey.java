package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The installation's key that signs the puzzles of the human check, made by the schema migration (V45). */
@Entity
@Table(name = "human_check_key")
public class HumanCheckKey {

    public static final int ID = 1;

    @Id
    private Integer id;
    @Column(name = "secret", nullable = false, length = 64, updatable = false)
    private String secret;

    protected HumanCheckKey() {
        // for JPA
    }

    public String secret() {
        return secret;
    }
}

package de.mitwirken.conference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The installation's key for signing tickets and personal links, made by the schema migration (V14). */
@Entity
@Table(name = "conf_ticket_key")
public class TicketKey {

    public static final int ID = 1;

    @Id
    private Integer id;
    @Column(name = "secret", nullable = false, length = 64, updatable = false)
    private String secret;

    protected TicketKey() {
        // for JPA
    }

    public String secret() {
        return secret;
    }
}

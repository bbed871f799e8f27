package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A setting administrators change while the portal runs (e.g. the moderation mode of needs). */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "value", nullable = false, length = 500)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PortalSetting() {
        // for JPA
    }

    public PortalSetting(String name, String value, String updatedBy, Instant now) {
        this.name = name;
        change(value, updatedBy, now);
    }

    public final void change(String newValue, String by, Instant now) {
        if (newValue == null || newValue.length() > 500) {
            throw new IllegalArgumentException("a setting has a value of at most 500 characters");
        }
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String value() {
        return value;
    }
}

package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A service of the administration (Leistungskatalog) with its yearly case volume (Fallzahl) and OZG
 * maturity now and targeted. Read on almost every page and changed rarely: cached.
 */
@Entity
@Cacheable
@Table(name = "service")
@NamedQuery(name = Service.ALL, query = "SELECT s FROM Service s ORDER BY s.nameDe")
@NamedQuery(name = Service.BY_KEY, query = "SELECT s FROM Service s WHERE s.key = :key")
public class Service {

    public static final String ALL = "Service.all";
    public static final String BY_KEY = "Service.byKey";
    public static final int OZG_MAX = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_key", nullable = false, length = 40)
    private String key;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "department", nullable = false, length = 200)
    private String department;

    @Column(name = "case_volume")
    private Integer caseVolume;

    @Column(name = "case_volume_year")
    private Integer caseVolumeYear;

    @Column(name = "case_volume_source", length = 300)
    private String caseVolumeSource;

    @Column(name = "ozg_level", nullable = false)
    private int ozgLevel;

    @Column(name = "ozg_target", nullable = false)
    private int ozgTarget;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Service() {
        // for JPA
    }

    public Service(ServiceData data, Instant now) {
        this.key = data.key();
        apply(data, now);
    }

    /** Takes over new figures; the key is the stable identity and never changes. */
    public void apply(ServiceData data, Instant now) {
        if (!Objects.equals(key, data.key())) {
            throw new IllegalArgumentException("the key of a service never changes");
        }
        this.nameDe = data.nameDe();
        this.nameEn = data.nameEn();
        this.department = data.department();
        this.caseVolume = data.caseVolume();
        this.caseVolumeYear = data.caseVolumeYear();
        this.caseVolumeSource = data.caseVolumeSource();
        this.ozgLevel = data.ozgLevel();
        this.ozgTarget = data.ozgTarget();
        this.updatedAt = now;
    }

    public ServiceData data() {
        return new ServiceData(key, nameDe, nameEn, department, caseVolume, caseVolumeYear, caseVolumeSource, ozgLevel,
                ozgTarget);
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameDe;
    }

    /** The maturity the service still has to gain on the OZG scale. */
    public int ozgGain() {
        return Math.max(0, ozgTarget - ozgLevel);
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public Integer caseVolume() {
        return caseVolume;
    }

    public int ozgLevel() {
        return ozgLevel;
    }

    public int ozgTarget() {
        return ozgTarget;
    }
}

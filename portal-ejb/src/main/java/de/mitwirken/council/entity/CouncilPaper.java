package de.mitwirken.council.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A council paper (Vorlage, Antrag, Anfrage …) with its consultations and files' metadata, as last crawled. A
 * paper the council deletes is marked, never removed: portal pages that link it keep showing it with a note.
 */
@Entity
@Table(name = "council_paper")
@NamedQuery(name = CouncilPaper.BY_OPARL_ID, query = "SELECT p FROM CouncilPaper p WHERE p.oparlId = :id")
@NamedQuery(name = CouncilPaper.SEARCH, query = "SELECT p FROM CouncilPaper p WHERE p.deleted = FALSE AND "
        + "(LOWER(p.reference) LIKE :query ESCAPE '!' OR LOWER(p.name) LIKE :query ESCAPE '!') "
        + "ORDER BY p.paperDate DESC, p.id DESC")
@NamedQuery(name = CouncilPaper.BY_IDS, query = "SELECT p FROM CouncilPaper p WHERE p.id IN :ids")
@NamedQuery(name = CouncilPaper.COUNT, query = "SELECT COUNT(p) FROM CouncilPaper p WHERE p.deleted = FALSE")
public class CouncilPaper extends CrawledObject {

    public static final String BY_OPARL_ID = "CouncilPaper.byOparlId";
    public static final String SEARCH = "CouncilPaper.search";
    public static final String BY_IDS = "CouncilPaper.byIds";
    public static final String COUNT = "CouncilPaper.count";

    @Column(name = "body_id")
    private String body;
    private String reference;
    private String name;
    @Column(name = "paper_date")
    private LocalDate paperDate;
    @Column(name = "paper_type")
    private String paperType;
    @Column(name = "web_url")
    private String webUrl;
    @ElementCollection
    @CollectionTable(name = "council_consultation", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    private List<CouncilConsultation> consultations = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "council_file", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    private List<CouncilFile> files = new ArrayList<>();

    protected CouncilPaper() {
    }

    public CouncilPaper(String oparlId) {
        super(oparlId);
    }

    public void crawled(String body, String reference, String name, LocalDate date, String paperType, String webUrl,
            List<CouncilConsultation> consultations, List<CouncilFile> files, Instant at) {
        this.body = body != null && body.length() <= 700 ? body : null;
        this.reference = Texts.cut(reference, 100);
        this.name = Texts.cut(name, 1000);
        this.paperDate = date;
        this.paperType = Texts.cut(paperType, 200);
        this.webUrl = Texts.url(webUrl, 1000);
        this.consultations.clear();
        this.consultations.addAll(consultations);
        this.files.clear();
        this.files.addAll(files);
        crawledAt(at);
    }


    public String reference() {
        return reference;
    }

    public String name() {
        return name;
    }

    public LocalDate date() {
        return paperDate;
    }

    public String paperType() {
        return paperType;
    }

    public String webUrl() {
        return webUrl;
    }

    public List<CouncilConsultation> consultations() {
        return List.copyOf(consultations);
    }

    public List<CouncilFile> files() {
        return List.copyOf(files);
    }
}

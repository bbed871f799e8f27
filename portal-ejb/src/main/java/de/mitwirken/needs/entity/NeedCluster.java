package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group of similar needs with its own title and summary; the needs in it stay as they were submitted. */
@Entity
@Table(name = "need_cluster")
@NamedQuery(name = NeedCluster.ALL, query = "SELECT c FROM NeedCluster c ORDER BY c.title")
public class NeedCluster {

    public static final String ALL = "NeedCluster.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected NeedCluster() {
        // for JPA
    }

    public NeedCluster(String title, String summary, String createdBy, Instant now) {
        describe(title, summary);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public final void describe(String newTitle, String newSummary) {
        String t = CleanText.line(newTitle);
        String s = CleanText.multiline(newSummary);
        if (CleanText.length(t) < NeedDraft.TITLE_MIN || CleanText.length(t) > NeedDraft.TITLE_MAX) {
            throw Refusal.invalid("clusterTitle", "needs.error.cluster");
        }
        if (s.isEmpty() || CleanText.length(s) > NeedDraft.DESCRIPTION_MAX) {
            throw Refusal.invalid("clusterSummary", "needs.error.cluster");
        }
        this.title = t;
        this.summary = s;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package de.mitwirken.board.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PDF belonging to an agenda point (its type checked by content at upload); public or for the board only. */
@Entity
@Table(name = "board_agenda_document")
public class AgendaDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem agendaItem;

    @Column(name = "filename", nullable = false, length = 200, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "public_doc", nullable = false)
    private boolean publicDoc;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected AgendaDocument() {
        // for JPA
    }

    AgendaDocument(AgendaItem agendaItem, String filename, String contentType, byte[] content, boolean publicDoc,
                   String by, Instant now) {
        this.agendaItem = agendaItem;
        this.filename = filename.length() > 200 ? filename.substring(filename.length() - 200) : filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.publicDoc = publicDoc;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public AgendaItem agendaItem() {
        return agendaItem;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public boolean isPublic() {
        return publicDoc;
    }
}

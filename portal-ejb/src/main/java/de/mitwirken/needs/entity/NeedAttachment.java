package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.Upload;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image or PDF a submitter attached; its type was checked by content, not by name. */
@Entity
@Table(name = "need_attachment")
@NamedQuery(name = NeedAttachment.OF_NEED, query = "SELECT a FROM NeedAttachment a WHERE a.needId = :needId ORDER BY a.id")
public class NeedAttachment {

    public static final String OF_NEED = "NeedAttachment.ofNeed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false)
    private Long needId;

    @Column(name = "filename", nullable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NeedAttachment() {
        // for JPA
    }

    public NeedAttachment(long needId, Upload upload, Instant now) {
        this.needId = needId;
        this.filename = upload.filename();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.sha256 = upload.sha256();
        this.content = upload.content();
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }
}

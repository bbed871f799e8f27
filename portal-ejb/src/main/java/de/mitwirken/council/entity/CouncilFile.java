package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file's metadata: the portal links to the council's copy, it keeps none. */
@Embeddable
public class CouncilFile {

    @Column(name = "oparl_id", nullable = false)
    private String oparlId;
    private String name;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "mime_type")
    private String mimeType;
    @Column(name = "access_url")
    private String accessUrl;
    @Column(name = "size_bytes")
    private Long size;

    protected CouncilFile() {
    }

    public CouncilFile(String oparlId, String name, String fileName, String mimeType, String accessUrl, Long size) {
        this.oparlId = oparlId;
        this.name = Texts.cut(name, 500);
        this.fileName = Texts.cut(fileName, 300);
        this.mimeType = Texts.cut(mimeType, 100);
        this.accessUrl = Texts.url(accessUrl, 1000);
        this.size = size;
    }

    /** The name to show: the file's name, else its file name. */
    public String name() {
        return name != null ? name : fileName;
    }

    public String mimeType() {
        return mimeType;
    }

    public String accessUrl() {
        return accessUrl;
    }

    public Long size() {
        return size;
    }
}

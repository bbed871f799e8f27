-- Documents of agenda points (PDF only, recognised by content). Members and staff see all; the public only
-- those marked public.
CREATE TABLE board_agenda_document (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    agenda_item_id BIGINT        NOT NULL,
    filename       VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    content        LONGBLOB      NOT NULL,
    size_bytes     INT           NOT NULL,
    public_doc     BOOLEAN       NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    uploaded_by    VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_document_agenda FOREIGN KEY (agenda_item_id) REFERENCES board_agenda_item (id),
    INDEX ix_board_document_agenda (agenda_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

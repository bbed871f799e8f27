-- Issue #25: what the portal keeps of the council's OParl server (council.control.OparlCrawl). Rows are never
-- deleted: an object the council deletes is marked, so that a portal page linking it still shows it with a note.
-- oparl_id is the object's URL (its id in OParl); 700 characters fit an index in utf8mb4.
CREATE TABLE council_organization (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    oparl_id   VARCHAR(700)  NOT NULL,
    name       VARCHAR(500)  NULL,
    short_name VARCHAR(100)  NULL,
    deleted    BOOLEAN       NOT NULL,
    crawled_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_council_organization UNIQUE (oparl_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_meeting (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    oparl_id   VARCHAR(700)  NOT NULL,
    name       VARCHAR(500)  NULL,
    starts_at  DATETIME(6)   NULL,
    cancelled  BOOLEAN       NOT NULL,
    web_url    VARCHAR(1000) NULL,
    deleted    BOOLEAN       NOT NULL,
    crawled_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_council_meeting UNIQUE (oparl_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the results of a meeting's agenda items, which a paper's consultation points to
CREATE TABLE council_agenda_item (
    meeting_id BIGINT        NOT NULL,
    oparl_id   VARCHAR(700)  NOT NULL,
    number     VARCHAR(50)   NULL,
    name       VARCHAR(1000) NULL,
    result     VARCHAR(1000) NULL,
    CONSTRAINT fk_council_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id)
        ON DELETE CASCADE,
    INDEX ix_council_agenda_item (oparl_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_paper (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    oparl_id   VARCHAR(700)  NOT NULL,
    body_id    VARCHAR(700)  NULL,
    reference  VARCHAR(100)  NULL,
    name       VARCHAR(1000) NULL,
    paper_date DATE          NULL,
    paper_type VARCHAR(200)  NULL,
    web_url    VARCHAR(1000) NULL,
    deleted    BOOLEAN       NOT NULL,
    crawled_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_council_paper UNIQUE (oparl_id),
    INDEX ix_council_paper_reference (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_consultation (
    paper_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,
    oparl_id        VARCHAR(700)  NOT NULL,
    meeting_id      VARCHAR(700)  NULL,
    agenda_item_id  VARCHAR(700)  NULL,
    organization_id VARCHAR(700)  NULL,
    authoritative   BOOLEAN       NULL,
    role            VARCHAR(200)  NULL,
    CONSTRAINT fk_council_consultation_paper FOREIGN KEY (paper_id) REFERENCES council_paper (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the files' metadata only: the portal links to the council's copy
CREATE TABLE council_file (
    paper_id   BIGINT        NOT NULL,
    position   INT           NOT NULL,
    oparl_id   VARCHAR(700)  NOT NULL,
    name       VARCHAR(500)  NULL,
    file_name  VARCHAR(300)  NULL,
    mime_type  VARCHAR(100)  NULL,
    access_url VARCHAR(1000) NULL,
    size_bytes BIGINT        NULL,
    CONSTRAINT fk_council_file_paper FOREIGN KEY (paper_id) REFERENCES council_paper (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- how far the crawl got per external list: the page to resume at and the start of the last full run
CREATE TABLE council_list_cursor (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    list_url     VARCHAR(700)  NOT NULL,
    resume_url   VARCHAR(2000) NULL,
    resume_since DATETIME(6)   NULL,
    last_success DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_council_list_cursor UNIQUE (list_url)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the one crawl of the cluster: who runs it until when (a lease), whether the admin asked for one now, and
-- the figures of the last run for the status page
CREATE TABLE council_crawl (
    id              BIGINT        NOT NULL,
    lease_until     DATETIME(6)   NULL,
    requested       BOOLEAN       NOT NULL,
    started_at      DATETIME(6)   NULL,
    finished_at     DATETIME(6)   NULL,
    last_success_at DATETIME(6)   NULL,
    lists_read      INT           NOT NULL,
    pages_read      INT           NOT NULL,
    objects_kept    INT           NOT NULL,
    deleted_marked  INT           NOT NULL,
    invalid_skipped INT           NOT NULL,
    unknown_skipped INT           NOT NULL,
    failed_lists    INT           NOT NULL,
    retries         INT           NOT NULL,
    interrupted     BOOLEAN       NOT NULL,
    problem         VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO council_crawl (id, requested, lists_read, pages_read, objects_kept, deleted_marked, invalid_skipped,
                           unknown_skipped, failed_lists, retries, interrupted)
VALUES (1, FALSE, 0, 0, 0, 0, 0, 0, 0, 0, FALSE);

-- Public pages show linked papers (a recommendation's council response): a crawled change refreshes the page
-- cache like any other public data (V27).
CREATE TRIGGER pdc_council_paper_ins AFTER INSERT ON council_paper FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('council_paper');
CREATE TRIGGER pdc_council_paper_upd AFTER UPDATE ON council_paper FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('council_paper');
CREATE TRIGGER pdc_council_meeting_ins AFTER INSERT ON council_meeting FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('council_meeting');
CREATE TRIGGER pdc_council_meeting_upd AFTER UPDATE ON council_meeting FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('council_meeting');
CREATE TRIGGER pdc_council_organization_upd AFTER UPDATE ON council_organization FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('council_organization');

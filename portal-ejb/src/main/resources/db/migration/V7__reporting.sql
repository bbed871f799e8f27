-- Capability "reporting": the council progress report (Umsetzungsbericht), and the dated history of
-- backlog item statuses that the report needs.

-- Owned by backlog: every status a backlog item entered, with when and by whom. Written by the backlog
-- use cases (BacklogItem records each step, like need_status_change for needs). Before this table the
-- only dated trace was the audit log (actions backlog.item.create / .status / .drop, the status in the
-- JSON after-state); those entries are copied in once below. The audit log stays the platform's record of
-- staff actions; reports read this table, which backlog owns and which is indexed by date.
CREATE TABLE backlog_status_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    item_id    BIGINT       NOT NULL,
    status     VARCHAR(12)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_status_change_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_backlog_status_change_status CHECK (status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS',
        'DONE', 'DROPPED')),
    INDEX ix_backlog_status_change_time (changed_at, item_id),
    INDEX ix_backlog_status_change_item (item_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO backlog_status_change (item_id, status, changed_at, changed_by)
SELECT i.id, JSON_VALUE(a.after_state, '$.status'), a.occurred_at, a.actor_username
FROM audit_entry a
JOIN backlog_item i ON a.object_id = CONVERT(CAST(i.id AS CHAR) USING utf8mb4) COLLATE utf8mb4_unicode_ci
WHERE a.object_type = 'backlog-item'
  AND a.action IN ('backlog.item.create', 'backlog.item.status', 'backlog.item.drop')
  AND JSON_VALUE(a.after_state, '$.status') IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS', 'DONE', 'DROPPED')
ORDER BY a.occurred_at, a.id;

-- Generated progress reports. A row is written once with its content (HTML snapshot, PDF, the PDF's
-- SHA-256); the only later change is its release, once. The triggers refuse every other change and any
-- deletion, whatever account or tool tries.
CREATE TABLE progress_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    report_version INT          NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    title          VARCHAR(300) NOT NULL,
    generated_at   DATETIME(6)  NOT NULL,
    generated_by   VARCHAR(255) NOT NULL,
    html           MEDIUMTEXT   NOT NULL,
    pdf            MEDIUMBLOB   NOT NULL,
    pdf_sha256     CHAR(64)     NOT NULL,
    released_at    DATETIME(6)  NULL,
    released_by    VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_progress_report_version UNIQUE (period_from, period_to, report_version),
    CONSTRAINT ck_progress_report_period CHECK (period_from <= period_to),
    CONSTRAINT ck_progress_report_version CHECK (report_version >= 1),
    CONSTRAINT ck_progress_report_language CHECK (language IN ('de', 'en')),
    CONSTRAINT ck_progress_report_release CHECK ((released_at IS NULL) = (released_by IS NULL)),
    INDEX ix_progress_report_released (released_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER //
CREATE TRIGGER progress_report_unchangeable BEFORE UPDATE ON progress_report FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.period_from <=> OLD.period_from AND NEW.period_to <=> OLD.period_to
            AND NEW.report_version <=> OLD.report_version AND NEW.language <=> OLD.language
            AND NEW.title <=> OLD.title AND NEW.generated_at <=> OLD.generated_at
            AND NEW.generated_by <=> OLD.generated_by AND NEW.html <=> OLD.html AND NEW.pdf <=> OLD.pdf
            AND NEW.pdf_sha256 <=> OLD.pdf_sha256) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'progress_report content is unchangeable';
    END IF;
    IF OLD.released_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a released progress_report is final';
    END IF;
END//
DELIMITER ;

CREATE TRIGGER progress_report_no_delete BEFORE DELETE ON progress_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'progress_report rows are kept';

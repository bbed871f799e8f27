-- Capability "reporting" (issue #21): a report is generated as a draft, the strategy office writes its commentary
-- (overall and per strategy field, German and optionally English) and then releases it; the released report is
-- stored in German and English. Reports can be scheduled (every n months), a timer generates the draft.

-- A draft is not yet the document: its html (and html_en) hold the generated text with a mark where each
-- commentary goes, and it has no PDF. At release the commentary is written into the text, both PDFs are
-- printed and everything is stored; from then on the row is final, as before. lock_version: optimistic locking
-- of the office's commentary form ("changed meanwhile").
ALTER TABLE progress_report
    ADD COLUMN lock_version  BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN title_en      VARCHAR(300) NULL,
    ADD COLUMN html_en       MEDIUMTEXT   NULL,
    ADD COLUMN pdf_en        MEDIUMBLOB   NULL,
    ADD COLUMN pdf_en_sha256 CHAR(64)     NULL,
    ADD COLUMN commentary_at DATETIME(6)  NULL,
    ADD COLUMN commentary_by VARCHAR(255) NULL,
    MODIFY COLUMN pdf        MEDIUMBLOB   NULL,
    MODIFY COLUMN pdf_sha256 CHAR(64)     NULL,
    ADD CONSTRAINT ck_progress_report_released_pdf CHECK (released_at IS NULL OR (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL)),
    ADD CONSTRAINT ck_progress_report_english CHECK ((html_en IS NULL) = (title_en IS NULL)
        AND (pdf_en IS NULL) = (pdf_en_sha256 IS NULL));

DROP TRIGGER progress_report_unchangeable;

-- What a report is (period, version, language, who generated it when) never changes; a released report
-- never changes at all; a draft's text, PDFs and commentary stamp may change until its release.
DELIMITER //
CREATE TRIGGER progress_report_unchangeable BEFORE UPDATE ON progress_report FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.period_from <=> OLD.period_from AND NEW.period_to <=> OLD.period_to
            AND NEW.report_version <=> OLD.report_version AND NEW.language <=> OLD.language
            AND NEW.generated_at <=> OLD.generated_at AND NEW.generated_by <=> OLD.generated_by) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'progress_report period, version and origin are unchangeable';
    END IF;
    IF OLD.released_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a released progress_report is final';
    END IF;
END//
DELIMITER ;

-- The office's commentary of a report: slot = language and section, e.g. 'de.OVERALL', 'en.MOBILITY'.
-- Only a draft's commentary may change; the triggers refuse any change once the report is released.
CREATE TABLE progress_report_commentary (
    report_id BIGINT      NOT NULL,
    slot      VARCHAR(40) NOT NULL,
    body      TEXT        NOT NULL,
    PRIMARY KEY (report_id, slot),
    CONSTRAINT fk_progress_report_commentary_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT ck_progress_report_commentary_slot CHECK (slot REGEXP '^(de|en)\\.[A-Z_]{1,30}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER //
CREATE TRIGGER progress_report_commentary_insert BEFORE INSERT ON progress_report_commentary FOR EACH ROW
BEGIN
    IF (SELECT released_at FROM progress_report WHERE id = NEW.report_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a released progress_report is final';
    END IF;
END//
CREATE TRIGGER progress_report_commentary_update BEFORE UPDATE ON progress_report_commentary FOR EACH ROW
BEGIN
    IF (SELECT released_at FROM progress_report WHERE id = OLD.report_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a released progress_report is final';
    END IF;
END//
CREATE TRIGGER progress_report_commentary_delete BEFORE DELETE ON progress_report_commentary FOR EACH ROW
BEGIN
    IF (SELECT released_at FROM progress_report WHERE id = OLD.report_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a released progress_report is final';
    END IF;
END//
DELIMITER ;

-- The report schedule (one row, id 1): every interval_months a draft over the period_months before next_run
-- is generated on next_run, and the office is told to review and release it.
CREATE TABLE report_schedule (
    id              BIGINT       NOT NULL,
    active          BOOLEAN      NOT NULL,
    interval_months INT          NOT NULL,
    period_months   INT          NOT NULL,
    next_run        DATE         NOT NULL,
    last_run        DATE         NULL,
    last_report_id  BIGINT       NULL,
    changed_at      DATETIME(6)  NOT NULL,
    changed_by      VARCHAR(255) NOT NULL,
    lock_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_report_schedule_single CHECK (id = 1),
    CONSTRAINT ck_report_schedule_interval CHECK (interval_months BETWEEN 1 AND 60),
    CONSTRAINT ck_report_schedule_period CHECK (period_months BETWEEN 1 AND 60),
    CONSTRAINT fk_report_schedule_last FOREIGN KEY (last_report_id) REFERENCES progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

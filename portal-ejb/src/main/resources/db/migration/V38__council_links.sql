-- Issue #25: council papers linked in the portal. The capabilities keep the paper's id as a plain value (no
-- foreign key into the council's tables: backlog, board and reporting do not know the council capability);
-- council_paper rows are never deleted, so the id stays valid.
ALTER TABLE divergence ADD COLUMN council_paper_id BIGINT NULL;
-- the council's response to a board recommendation: a council paper, set by the strategy office
ALTER TABLE board_recommendation ADD COLUMN council_paper_id BIGINT NULL;
-- the paper with which a progress report went to the council: a table of its own, since a released report's row
-- is final (its triggers refuse any update) and a report is submitted to the council after its release
CREATE TABLE progress_report_council_paper (
    report_id        BIGINT       NOT NULL,
    council_paper_id BIGINT       NOT NULL,
    linked_at        DATETIME(6)  NOT NULL,
    linked_by        VARCHAR(255) NOT NULL,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_progress_report_council_paper FOREIGN KEY (report_id) REFERENCES progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER pdc_progress_report_council_paper_ins AFTER INSERT ON progress_report_council_paper FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('progress_report_council_paper');
CREATE TRIGGER pdc_progress_report_council_paper_upd AFTER UPDATE ON progress_report_council_paper FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('progress_report_council_paper');
CREATE TRIGGER pdc_progress_report_council_paper_del AFTER DELETE ON progress_report_council_paper FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('progress_report_council_paper');

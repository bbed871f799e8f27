-- Issue #25: council papers linked in the portal. The capabilities keep the paper's id as a plain value (no
-- foreign key into the council's tables: backlog, board and reporting do not know the council capability);
-- council_paper rows are never deleted, so the id stays valid.
ALTER TABLE divergence ADD COLUMN council_paper_id BIGINT NULL;
-- the council's response to a board recommendation: a council paper, set by the strategy office
ALTER TABLE board_recommendation ADD COLUMN council_paper_id BIGINT NULL;
-- the paper with which a progress report went to the council
ALTER TABLE progress_report ADD COLUMN council_paper_id BIGINT NULL;

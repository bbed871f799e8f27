-- Easy-to-read versions (Leichte Sprache) written by staff: of a need's official answer, of a board
-- recommendation and of a backlog item's description. NULL means there is none; the public pages offer
-- the "Leichte Sprache" switch only when a version exists.
ALTER TABLE need ADD COLUMN answer_easy_text TEXT NULL;
ALTER TABLE board_recommendation ADD COLUMN easy_text TEXT NULL;
ALTER TABLE backlog_item ADD COLUMN easy_description TEXT NULL;

-- Issue #25: an agenda point may carry the recommendation the board votes on under it, so that OParl's
-- Consultation of an adopted recommendation names the agenda item where it was voted (a plain id, as the other
-- links of an agenda point).
ALTER TABLE board_agenda_item ADD COLUMN recommendation_id BIGINT NULL;
CREATE INDEX ix_board_agenda_item_recommendation ON board_agenda_item (recommendation_id);

-- Issue #24: a board meeting can be moved or called off after the invitations went out; the members get the
-- calendar entry again (same UID, next SEQUENCE). change_reason is shown to them; a change of date resets their
-- answers (answer_reset_at on the invitation says so). Reminders are sent once (reminded_at, agenda_sent_at).
ALTER TABLE board_meeting
    ADD COLUMN calendar_sequence INT           NOT NULL DEFAULT 0,
    ADD COLUMN changed_at        DATETIME(6)   NULL,
    ADD COLUMN change_reason     VARCHAR(1000) NULL,
    ADD COLUMN cancelled_at      DATETIME(6)   NULL;

ALTER TABLE board_invitation
    ADD COLUMN answer_reset_at DATETIME(6) NULL,
    ADD COLUMN reminded_at     DATETIME(6) NULL,
    ADD COLUMN agenda_sent_at  DATETIME(6) NULL;

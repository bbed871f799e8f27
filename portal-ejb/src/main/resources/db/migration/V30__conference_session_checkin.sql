-- Issue #24: check-in per session (room scanning) and no-shows.
-- A seat held by someone not checked in some minutes after the start can be released at the door (NO_SHOW,
-- not active: the seat goes to a person of the session's waiting list who is at the door, a walk-up, admitted
-- with walk_up = TRUE). The generated column that keeps one live choice per registration and session must
-- treat NO_SHOW as ended, so it is recreated with the unique index on it.
ALTER TABLE conf_choice
    ADD COLUMN checked_in_at DATETIME(6)  NULL,
    ADD COLUMN checked_in_by VARCHAR(255) NULL,
    ADD COLUMN walk_up       BOOLEAN      NOT NULL DEFAULT FALSE;

-- the foreign key on registration_id keeps an index of its own while the unique one is rebuilt
ALTER TABLE conf_choice ADD INDEX ix_conf_choice_registration (registration_id);
ALTER TABLE conf_choice DROP INDEX uq_conf_choice;
ALTER TABLE conf_choice DROP COLUMN active_session;
ALTER TABLE conf_choice
    ADD COLUMN active_session BIGINT AS (IF(status IN ('CANCELLED', 'EXPIRED', 'NO_SHOW'), NULL, session_id)) PERSISTENT,
    ADD CONSTRAINT uq_conf_choice UNIQUE (registration_id, active_session);

-- minutes after a session's start from which the door may release the seats of those not checked in
ALTER TABLE conf_conference
    ADD COLUMN no_show_minutes INT NOT NULL DEFAULT 15,
    ADD CONSTRAINT ck_conf_conference_no_show CHECK (no_show_minutes BETWEEN 0 AND 240);

-- Issue #24: a session tells its people when it changes or is called off.
-- calendar_sequence is the SEQUENCE of the session's calendar entry (RFC 5545): raised with each change that
-- people are told of, so that calendar programs replace the entry they have. changed_at/changed_aspects say
-- on the personal page what changed last (TIME, ROOM, TITLE, SPEAKERS). A called-off session keeps its row
-- (registrations refer to it) and shows as cancelled.
ALTER TABLE conf_session
    ADD COLUMN calendar_sequence INT         NOT NULL DEFAULT 0,
    ADD COLUMN changed_at        DATETIME(6) NULL,
    ADD COLUMN changed_aspects   VARCHAR(40) NULL,
    ADD COLUMN cancelled_at      DATETIME(6) NULL,
    ADD CONSTRAINT ck_conf_session_cancelled CHECK (cancelled_at IS NULL OR taken = 0);

-- An edition can be moved (its calendar entries get the next SEQUENCE) or called off (cancelled_at, with the
-- reason people are told); reminder_days: how many days before the start the reminder with the ticket goes out.
ALTER TABLE conf_conference
    ADD COLUMN calendar_sequence INT           NOT NULL DEFAULT 0,
    ADD COLUMN cancelled_at      DATETIME(6)   NULL,
    ADD COLUMN cancel_reason     VARCHAR(1000) NULL,
    ADD COLUMN reminder_days     INT           NOT NULL DEFAULT 2,
    ADD CONSTRAINT ck_conf_conference_reminder CHECK (reminder_days BETWEEN 0 AND 30);

-- Each reminder goes out once: the time it was queued is kept on the registration (and on a waitlist offer).
ALTER TABLE conf_registration
    ADD COLUMN reminded_at       DATETIME(6) NULL,
    ADD COLUMN offer_reminded_at DATETIME(6) NULL;
ALTER TABLE conf_choice
    ADD COLUMN offer_reminded_at DATETIME(6) NULL;

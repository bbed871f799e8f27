-- Trust services of the platform: mail outbox, audit log, consent, retention, rate limits, notification mode.

-- Every mail is written here in the transaction of the change that causes it; OutboxSender delivers it.
CREATE TABLE outbox_mail (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient        VARCHAR(320)  NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    template         VARCHAR(100)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body_text        MEDIUMTEXT    NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claim_expires_at DATETIME(6)   NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_outbox_mail_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DEAD')),
    INDEX ix_outbox_mail_due (status, next_attempt_at),
    INDEX ix_outbox_mail_recipient (recipient),
    INDEX ix_outbox_mail_sent (status, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    mail_id      BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notifications of people who chose a daily digest wait here until the digest job collects them.
CREATE TABLE digest_item (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    profile_id BIGINT        NOT NULL,
    line       VARCHAR(1000) NOT NULL,
    link       VARCHAR(1000) NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_digest_item_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id) ON DELETE CASCADE,
    INDEX ix_digest_item_profile (profile_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_profile
    ADD COLUMN mail_mode  VARCHAR(10) NOT NULL DEFAULT 'EVENT' AFTER language,
    ADD COLUMN deleted_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_user_profile_mail_mode CHECK (mail_mode IN ('EVENT', 'DIGEST', 'NONE'));

-- Who did what to which object, with the state before and after. Append-only: the triggers refuse
-- UPDATE and DELETE for everyone, and the application's database account gets only SELECT and INSERT
-- on this table (SchemaMigrator grants table privileges after each migration).
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_username VARCHAR(255) NOT NULL,
    actor_name    VARCHAR(255)  NOT NULL,
    action        VARCHAR(100)  NOT NULL,
    object_type   VARCHAR(60)   NOT NULL,
    object_id     VARCHAR(64)   NOT NULL,
    summary       VARCHAR(500)  NOT NULL,
    before_state  MEDIUMTEXT    NULL,
    after_state   MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_time (occurred_at),
    INDEX ix_audit_entry_actor (actor_username, occurred_at),
    INDEX ix_audit_entry_object (object_type, object_id),
    INDEX ix_audit_entry_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

-- Which version of which text a person accepted for which purpose, and when they withdrew it.
CREATE TABLE consent_record (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    profile_id   BIGINT      NOT NULL,
    purpose      VARCHAR(40) NOT NULL,
    text_version VARCHAR(20) NOT NULL,
    accepted_at  DATETIME(6) NOT NULL,
    withdrawn_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id) ON DELETE CASCADE,
    INDEX ix_consent_record_profile (profile_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the retention job deleted: counts, never content.
CREATE TABLE retention_run (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    rule          VARCHAR(60)  NOT NULL,
    ran_at        DATETIME(6)  NOT NULL,
    cutoff        DATETIME(6)  NOT NULL,
    deleted_count INT          NOT NULL,
    node          VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_retention_run_time (ran_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Fixed-window counters for rate limits (per IP, per email address, ...), counted in the database so
-- that every node sees the same count.
CREATE TABLE rate_limit_hit (
    bucket       VARCHAR(200) NOT NULL,
    window_start DATETIME     NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket, window_start),
    INDEX ix_rate_limit_hit_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keycloak accounts still to be removed after a person deleted their portal account (retried until done).
CREATE TABLE identity_removal (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    subject      VARCHAR(64)   NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_identity_removal_subject UNIQUE (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

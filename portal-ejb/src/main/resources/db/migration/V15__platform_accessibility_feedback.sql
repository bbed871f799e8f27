-- Feedback on barriers, sent through the form of the accessibility statement (BITV 2.0 § 7: a feedback
-- mechanism). Anyone may write, signed in or not; name and address are optional. Each message is tracked
-- until an administrator has answered it; answered messages are deleted after the retention period.
CREATE TABLE accessibility_feedback (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    message       TEXT          NOT NULL,
    page          VARCHAR(500)  NULL,
    sender_name   VARCHAR(200)  NULL,
    sender_email  VARCHAR(254)  NULL,
    profile_id    BIGINT        NULL,
    language      VARCHAR(2)    NOT NULL,
    consent_at    DATETIME(6)   NULL,
    status        VARCHAR(12)   NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    answer        TEXT          NULL,
    answered_by   VARCHAR(200)  NULL,
    answered_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accessibility_feedback_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    CONSTRAINT ck_accessibility_feedback_status CHECK (status IN ('RECEIVED', 'ANSWERED')),
    CONSTRAINT ck_accessibility_feedback_language CHECK (language IN ('de', 'en')),
    CONSTRAINT ck_accessibility_feedback_consent CHECK (sender_email IS NULL OR consent_at IS NOT NULL),
    INDEX ix_accessibility_feedback_status (status, received_at),
    INDEX ix_accessibility_feedback_profile (profile_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

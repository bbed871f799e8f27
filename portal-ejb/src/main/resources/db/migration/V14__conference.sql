-- The Smart City conference: editions, programme (tracks, sessions, speakers, partners), registration types
-- with quotas, registrations with session choices, waitlists with timed offers, tickets and check-in.
--
-- Seats: "taken" on conference, registration type and session counts the places held (confirmed or offered).
-- Every change of a conference's seats first locks the conference row (SELECT … FOR UPDATE), then checks and
-- changes the counters in the same transaction; the CHECK constraints are the last line of defence.

CREATE TABLE conf_conference (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    title                  VARCHAR(200)  NOT NULL,
    description            TEXT          NOT NULL,
    venue                  VARCHAR(300)  NOT NULL,
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    funding_note           TEXT          NULL,
    capacity               INT           NOT NULL,
    taken                  INT           NOT NULL DEFAULT 0,
    registration_opens_at  DATETIME(6)   NOT NULL,
    registration_closes_at DATETIME(6)   NOT NULL,
    offer_hours            INT           NOT NULL DEFAULT 48,
    consent_text           TEXT          NOT NULL,
    retention_months       INT           NOT NULL,
    published              BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_conf_conference_dates CHECK (ends_on >= starts_on AND registration_closes_at > registration_opens_at),
    CONSTRAINT ck_conf_conference_seats CHECK (taken >= 0 AND taken <= capacity),
    CONSTRAINT ck_conf_conference_offer CHECK (offer_hours BETWEEN 1 AND 336),
    CONSTRAINT ck_conf_conference_retention CHECK (retention_months BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_track (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    position      INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conf_track UNIQUE (conference_id, name),
    CONSTRAINT fk_conf_track_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_speaker (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    affiliation   VARCHAR(200) NULL,
    bio           TEXT         NULL,
    photo         MEDIUMBLOB   NULL,
    photo_type    VARCHAR(40)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conf_speaker_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_partner (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    url           VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conf_partner_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- capacity NULL: the session has no limit of its own (a plenary in the main hall); only the conference's.
CREATE TABLE conf_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    track_id      BIGINT       NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    abstract      TEXT         NOT NULL,
    room          VARCHAR(120) NOT NULL,
    starts_at     DATETIME(6)  NOT NULL,
    ends_at       DATETIME(6)  NOT NULL,
    capacity      INT          NULL,
    taken         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_conf_session_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id),
    CONSTRAINT fk_conf_session_track FOREIGN KEY (track_id) REFERENCES conf_track (id),
    CONSTRAINT ck_conf_session_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_conf_session_seats CHECK (taken >= 0 AND (capacity IS NULL OR taken <= capacity)),
    INDEX ix_conf_session_time (conference_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_session_speaker (
    session_id BIGINT NOT NULL,
    speaker_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, speaker_id),
    CONSTRAINT fk_conf_session_speaker_session FOREIGN KEY (session_id) REFERENCES conf_session (id),
    CONSTRAINT fk_conf_session_speaker_speaker FOREIGN KEY (speaker_id) REFERENCES conf_speaker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registration types (participant, speaker, press, staff): each with its quota and its own sign-up period;
-- only public types can be chosen in the public form, the others are registered by the organisers.
CREATE TABLE conf_reg_type (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    conference_id BIGINT      NOT NULL,
    code          VARCHAR(20) NOT NULL,
    public_signup BOOLEAN     NOT NULL,
    quota         INT         NOT NULL,
    taken         INT         NOT NULL DEFAULT 0,
    opens_at      DATETIME(6) NOT NULL,
    closes_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conf_reg_type UNIQUE (conference_id, code),
    CONSTRAINT fk_conf_reg_type_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id),
    CONSTRAINT ck_conf_reg_type_seats CHECK (taken >= 0 AND taken <= quota)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_question (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    conference_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    text          VARCHAR(300) NOT NULL,
    required      BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conf_question_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registration per e-mail address and conference while it is alive (active_email is NULL once it is
-- cancelled or expired, so the person may register again). The personal link and the ticket code are
-- HMACs over the id and ticket_nonce (conf_ticket_key), so nothing secret is stored per registration.
CREATE TABLE conf_registration (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    conference_id        BIGINT        NOT NULL,
    type_id              BIGINT        NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    profile_id           BIGINT        NULL,
    name                 VARCHAR(200)  NOT NULL,
    email                VARCHAR(254)  NOT NULL,
    organisation         VARCHAR(200)  NULL,
    attendee_group       VARCHAR(20)   NOT NULL,
    accessibility_needs  TEXT          NULL,
    dietary_needs        VARCHAR(400)  NULL,
    language             VARCHAR(5)    NOT NULL,
    consent_at           DATETIME(6)   NOT NULL,
    email_confirmed_at   DATETIME(6)   NULL,
    confirm_by           DATETIME(6)   NULL,
    ticket_nonce         CHAR(24)      NOT NULL,
    offer_expires_at     DATETIME(6)   NULL,
    created_at           DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6)   NULL,
    checked_in_at        DATETIME(6)   NULL,
    checked_in_by        VARCHAR(255)  NULL,
    active_email         VARCHAR(254)  AS (IF(status IN ('CANCELLED', 'EXPIRED'), NULL, email)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_conf_registration_email UNIQUE (conference_id, active_email),
    CONSTRAINT fk_conf_registration_conference FOREIGN KEY (conference_id) REFERENCES conf_conference (id),
    CONSTRAINT fk_conf_registration_type FOREIGN KEY (type_id) REFERENCES conf_reg_type (id),
    CONSTRAINT fk_conf_registration_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    INDEX ix_conf_registration_queue (conference_id, status, id),
    INDEX ix_conf_registration_profile (profile_id),
    INDEX ix_conf_registration_due (status, offer_expires_at),
    INDEX ix_conf_registration_unconfirmed (confirm_by),
    INDEX ix_conf_registration_name (conference_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conf_answer (
    registration_id BIGINT NOT NULL,
    question_id     BIGINT NOT NULL,
    answer          TEXT   NOT NULL,
    PRIMARY KEY (registration_id, question_id),
    CONSTRAINT fk_conf_answer_registration FOREIGN KEY (registration_id) REFERENCES conf_registration (id),
    CONSTRAINT fk_conf_answer_question FOREIGN KEY (question_id) REFERENCES conf_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A registration's place in a session: CONFIRMED or OFFERED hold a seat; WAITLISTED waits in the session's
-- queue (by id); WISHED is a choice of a registration that is itself still waiting for a conference place.
CREATE TABLE conf_choice (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    registration_id  BIGINT      NOT NULL,
    session_id       BIGINT      NOT NULL,
    status           VARCHAR(12) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    offer_expires_at DATETIME(6) NULL,
    decided_at       DATETIME(6) NULL,
    active_session   BIGINT      AS (IF(status IN ('CANCELLED', 'EXPIRED'), NULL, session_id)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_conf_choice UNIQUE (registration_id, active_session),
    CONSTRAINT fk_conf_choice_registration FOREIGN KEY (registration_id) REFERENCES conf_registration (id),
    CONSTRAINT fk_conf_choice_session FOREIGN KEY (session_id) REFERENCES conf_session (id),
    INDEX ix_conf_choice_queue (session_id, status, id),
    INDEX ix_conf_choice_due (status, offer_expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs tickets (HMAC-SHA256), made once per installation and shared by all nodes; the
-- environment variable PORTAL_CONFERENCE_TICKET_SECRET, when set, takes its place.
CREATE TABLE conf_ticket_key (
    id     INT      NOT NULL,
    secret CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO conf_ticket_key (id, secret) VALUES (1, LOWER(HEX(RANDOM_BYTES(32))));

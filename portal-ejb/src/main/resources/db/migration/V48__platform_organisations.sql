-- Verified organisations (issue #26): a person asks to represent an organisation with a proof (PDF); the strategy
-- office or an administrator accepts or rejects. Only an accepted, not ended representation lets a person speak in
-- the organisation's name (needs, board applications): the portal checks this table, never the token alone.

-- An organisation the office verified. name_key (lower case, spaces folded) makes "ACME GmbH" and "acme  gmbh" one
-- organisation: a second accepted request attaches to it instead of creating a duplicate.
CREATE TABLE organisation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200) NOT NULL,
    name_key        VARCHAR(200) NOT NULL,
    org_type        VARCHAR(30)  NOT NULL,
    register_number VARCHAR(40)  NULL,
    verified_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_name_key UNIQUE (name_key),
    KEY ix_organisation_register (register_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's request to represent an organisation, and the office's decision on it.
CREATE TABLE organisation_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    profile_id      BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    org_type        VARCHAR(30)   NOT NULL,
    register_number VARCHAR(40)   NULL,
    status          VARCHAR(12)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by      VARCHAR(255)  NULL,
    reason          VARCHAR(1000) NULL,
    organisation_id BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_organisation_request_status (status, requested_at),
    KEY ix_organisation_request_profile (profile_id),
    CONSTRAINT fk_organisation_request_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    CONSTRAINT fk_organisation_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_organisation_request_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The proof of a request (a PDF, checked by its content), in the database, never on disk; deleted with the request,
-- and for rejected requests after the retention period (platform.organisation-proofs).
CREATE TABLE organisation_proof (
    request_id   BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (request_id),
    CONSTRAINT fk_organisation_proof_request FOREIGN KEY (request_id) REFERENCES organisation_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who represents which organisation since when; ended (withdrawn by the office, given up, account deleted) rows stay
-- as history. active is 1 while not ended, else NULL, so that one person holds one running representation per
-- organisation (a unique key ignores NULLs).
CREATE TABLE organisation_representative (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    profile_id      BIGINT        NOT NULL,
    request_id      BIGINT        NULL,
    since           DATETIME(6)   NOT NULL,
    ended_at        DATETIME(6)   NULL,
    ended_by        VARCHAR(255)  NULL,
    end_reason      VARCHAR(1000) NULL,
    active          TINYINT AS (IF(ended_at IS NULL, 1, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_representative_active UNIQUE (organisation_id, profile_id, active),
    KEY ix_organisation_representative_profile (profile_id, ended_at),
    CONSTRAINT fk_organisation_representative_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_representative_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    CONSTRAINT fk_organisation_representative_request FOREIGN KEY (request_id) REFERENCES organisation_request (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A need submitted in a verified organisation's name links it; the name stays as written then (older needs have
-- only the text, which the pages show without a link).
ALTER TABLE need
    ADD COLUMN organisation_id BIGINT NULL AFTER organisation,
    ADD KEY ix_need_organisation (organisation_id),
    ADD CONSTRAINT fk_need_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

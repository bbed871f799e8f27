-- Capability "needs": the service catalogue and public submissions of needs with their moderation,
-- answers, clusters, supports, comments, flags and follows.

-- A setting that administrators change at run time (audited), e.g. the moderation mode of needs.
CREATE TABLE portal_setting (
    name       VARCHAR(100) NOT NULL,
    value      VARCHAR(500) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Leistungskatalog: the administration's services with their yearly case volume and OZG maturity.
CREATE TABLE service (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    service_key        VARCHAR(40)  NOT NULL,
    name_de            VARCHAR(200) NOT NULL,
    name_en            VARCHAR(200) NOT NULL,
    department         VARCHAR(200) NOT NULL,
    case_volume        INT          NULL,
    case_volume_year   SMALLINT     NULL,
    case_volume_source VARCHAR(300) NULL,
    ozg_level          SMALLINT     NOT NULL DEFAULT 0,
    ozg_target         SMALLINT     NOT NULL DEFAULT 0,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_service_key UNIQUE (service_key),
    CONSTRAINT ck_service_ozg CHECK (ozg_level BETWEEN 0 AND 7 AND ozg_target BETWEEN 0 AND 7),
    CONSTRAINT ck_service_volume CHECK (case_volume IS NULL OR case_volume >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A group of similar needs formed by moderators; the needs themselves stay untouched.
CREATE TABLE need_cluster (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    title      VARCHAR(150) NOT NULL,
    summary    TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    title             VARCHAR(150)  NOT NULL,
    description       TEXT          NOT NULL,
    field             VARCHAR(20)   NOT NULL,
    submitter_type    VARCHAR(20)   NOT NULL,
    organisation      VARCHAR(200)  NULL,
    district          VARCHAR(60)   NULL,
    author_id         BIGINT        NULL,
    guest_email       VARCHAR(320)  NULL,
    guest_token_hash  CHAR(64)      NULL,
    language          VARCHAR(2)    NOT NULL DEFAULT 'de',
    status            VARCHAR(15)   NOT NULL,
    hidden            BOOLEAN       NOT NULL DEFAULT FALSE,
    outcome           VARCHAR(20)   NULL,
    outcome_reason    VARCHAR(1000) NULL,
    answer_text       TEXT          NULL,
    answer_department VARCHAR(200)  NULL,
    answered_at       DATETIME(6)   NULL,
    answered_by       VARCHAR(255)  NULL,
    rejection_reason  VARCHAR(1000) NULL,
    moderated_edit_at DATETIME(6)   NULL,
    cluster_id        BIGINT        NULL,
    support_count     INT           NOT NULL DEFAULT 0,
    comment_count     INT           NOT NULL DEFAULT 0,
    search_terms      TEXT          NULL,
    created_at        DATETIME(6)   NOT NULL,
    confirmed_at      DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_author FOREIGN KEY (author_id) REFERENCES user_profile (id),
    CONSTRAINT fk_need_cluster FOREIGN KEY (cluster_id) REFERENCES need_cluster (id),
    CONSTRAINT ck_need_status CHECK (status IN ('UNCONFIRMED', 'SUBMITTED', 'IN_REVIEW', 'PUBLISHED', 'ANSWERED', 'REJECTED')),
    CONSTRAINT ck_need_field CHECK (field IN ('ADMINISTRATION', 'IT_COMMUNICATION', 'ENERGY_ENVIRONMENT', 'MOBILITY', 'SOCIETY')),
    CONSTRAINT ck_need_submitter CHECK (submitter_type IN ('CITIZEN', 'BUSINESS', 'SCIENCE', 'CIVIL_SOCIETY', 'ADMINISTRATION')),
    CONSTRAINT ck_need_outcome CHECK (outcome IS NULL OR outcome IN ('ACCEPTED', 'ALREADY_PLANNED', 'NOT_FEASIBLE', 'MERGED')),
    CONSTRAINT ck_need_counts CHECK (support_count >= 0 AND comment_count >= 0),
    FULLTEXT INDEX ft_need_terms (search_terms),
    INDEX ix_need_public_newest (status, hidden, published_at),
    INDEX ix_need_public_support (status, hidden, support_count),
    INDEX ix_need_public_answered (status, hidden, answered_at),
    INDEX ix_need_field (field, status, hidden),
    INDEX ix_need_submitter (submitter_type, status, hidden),
    INDEX ix_need_district (district, status, hidden),
    INDEX ix_need_author (author_id),
    INDEX ix_need_cluster (cluster_id),
    INDEX ix_need_guest (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_service (
    need_id    BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (need_id, service_id),
    CONSTRAINT fk_need_service_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_service_service FOREIGN KEY (service_id) REFERENCES service (id),
    INDEX ix_need_service_service (service_id, need_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public history of a need: every status with its date.
CREATE TABLE need_status_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    need_id    BIGINT      NOT NULL,
    status     VARCHAR(15) NOT NULL,
    outcome    VARCHAR(20) NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_status_change_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    INDEX ix_need_status_change_need (need_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    need_id      BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_attachment_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    INDEX ix_need_attachment_need (need_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per person and need: the primary key enforces it, the counter on need follows it exactly.
CREATE TABLE need_support (
    need_id    BIGINT      NOT NULL,
    profile_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (need_id, profile_id),
    CONSTRAINT fk_need_support_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_support_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    INDEX ix_need_support_profile (profile_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    need_id    BIGINT      NOT NULL,
    parent_id  BIGINT      NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    official   BOOLEAN     NOT NULL DEFAULT FALSE,
    hidden     BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    edited_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_comment_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_comment_parent FOREIGN KEY (parent_id) REFERENCES need_comment (id),
    CONSTRAINT fk_need_comment_author FOREIGN KEY (author_id) REFERENCES user_profile (id),
    INDEX ix_need_comment_need (need_id, created_at),
    INDEX ix_need_comment_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's report of a need or comment for the moderation queue.
CREATE TABLE need_flag (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    need_id     BIGINT       NOT NULL,
    comment_id  BIGINT       NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    note        VARCHAR(500) NULL,
    created_at  DATETIME(6)  NOT NULL,
    handled_at  DATETIME(6)  NULL,
    handled_by  VARCHAR(255) NULL,
    resolution  VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_flag_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_flag_comment FOREIGN KEY (comment_id) REFERENCES need_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_flag_reporter FOREIGN KEY (reporter_id) REFERENCES user_profile (id),
    CONSTRAINT ck_need_flag_reason CHECK (reason IN ('SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC')),
    INDEX ix_need_flag_open (handled_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who hears about a need's changes. Joining (submit, support, comment) follows by default; an explicit
-- unfollow is kept (active = false) so that later participation does not follow again silently.
CREATE TABLE need_follow (
    need_id    BIGINT  NOT NULL,
    profile_id BIGINT  NOT NULL,
    active     BOOLEAN NOT NULL,
    PRIMARY KEY (need_id, profile_id),
    CONSTRAINT fk_need_follow_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT fk_need_follow_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    INDEX ix_need_follow_profile (profile_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People a moderator blocked from participating (reading stays open).
CREATE TABLE participation_block (
    profile_id BIGINT       NOT NULL,
    blocked_at DATETIME(6)  NOT NULL,
    blocked_by VARCHAR(255) NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (profile_id),
    CONSTRAINT fk_participation_block_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The advisory board (Digitalisierungsbeirat): calls for applications with seats per constituency,
-- applications and their review, members with their terms.

CREATE TABLE board_call (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(200)  NOT NULL,
    description TEXT          NOT NULL,
    opens_on    DATE          NOT NULL,
    closes_on   DATE          NOT NULL,
    term_months INT           NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_board_call_period CHECK (closes_on >= opens_on),
    CONSTRAINT ck_board_call_term CHECK (term_months BETWEEN 6 AND 72)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seats per constituency. "admitted" is raised only by a conditional update (admitted < seats), so two
-- reviewers admitting for the last seat at once cannot both succeed; the check is the last line of defence.
CREATE TABLE board_call_seat (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    call_id      BIGINT      NOT NULL,
    constituency VARCHAR(20) NOT NULL,
    seats        INT         NOT NULL,
    admitted     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_call_seat UNIQUE (call_id, constituency),
    CONSTRAINT fk_board_call_seat_call FOREIGN KEY (call_id) REFERENCES board_call (id),
    CONSTRAINT ck_board_call_seat_count CHECK (admitted >= 0 AND admitted <= seats AND seats BETWEEN 0 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_application (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    call_id          BIGINT        NOT NULL,
    applicant_id     BIGINT        NOT NULL,
    constituency     VARCHAR(20)   NOT NULL,
    organisation     VARCHAR(200)  NULL,
    expertise        VARCHAR(400)  NOT NULL,
    motivation       TEXT          NOT NULL,
    has_conflicts    BOOLEAN       NOT NULL,
    conflict_details TEXT          NULL,
    public_listing   BOOLEAN       NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    reason           TEXT          NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    decided_by       VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_application UNIQUE (call_id, applicant_id),
    CONSTRAINT fk_board_application_call FOREIGN KEY (call_id) REFERENCES board_call (id),
    CONSTRAINT fk_board_application_applicant FOREIGN KEY (applicant_id) REFERENCES user_profile (id),
    INDEX ix_board_application_status (call_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_member (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    profile_id     BIGINT        NOT NULL,
    constituency   VARCHAR(20)   NOT NULL,
    organisation   VARCHAR(200)  NULL,
    expertise      VARCHAR(400)  NOT NULL,
    public_listing BOOLEAN       NOT NULL,
    board_role     VARCHAR(12)   NOT NULL,
    term_start     DATE          NOT NULL,
    term_end       DATE          NOT NULL,
    ceased_on      DATE          NULL,
    ceased_reason  TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_member_application UNIQUE (application_id),
    CONSTRAINT fk_board_member_application FOREIGN KEY (application_id) REFERENCES board_application (id),
    CONSTRAINT fk_board_member_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id),
    CONSTRAINT ck_board_member_term CHECK (term_end > term_start),
    INDEX ix_board_member_profile (profile_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

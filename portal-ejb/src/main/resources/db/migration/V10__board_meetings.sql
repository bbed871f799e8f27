-- Meetings of the advisory board: agenda items (with minutes per item, public or internal), invitations of
-- the members with their answers and their attendance.

CREATE TABLE board_meeting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    title               VARCHAR(200)  NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    ends_at             DATETIME(6)   NOT NULL,
    place               VARCHAR(300)  NULL,
    online_link         VARCHAR(500)  NULL,
    status              VARCHAR(16)   NOT NULL,
    quorum_percent      INT           NOT NULL,
    invited_at          DATETIME(6)   NULL,
    held_at             DATETIME(6)   NULL,
    minutes_approved_in BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_meeting_approved_in FOREIGN KEY (minutes_approved_in) REFERENCES board_meeting (id),
    CONSTRAINT ck_board_meeting_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_board_meeting_quorum CHECK (quorum_percent BETWEEN 1 AND 100),
    INDEX ix_board_meeting_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_agenda_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    presenter        VARCHAR(200)  NULL,
    duration_minutes INT           NOT NULL,
    backlog_item_id  BIGINT        NULL,
    need_id          BIGINT        NULL,
    minutes          TEXT          NULL,
    public_minutes   BOOLEAN       NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_agenda_position UNIQUE (meeting_id, position),
    CONSTRAINT fk_board_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id),
    CONSTRAINT ck_board_agenda_duration CHECK (duration_minutes BETWEEN 5 AND 480)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_invitation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    response     VARCHAR(8)   NULL,
    responded_at DATETIME(6)  NULL,
    present      BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_invitation UNIQUE (meeting_id, member_id),
    CONSTRAINT fk_board_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id),
    CONSTRAINT fk_board_invitation_member FOREIGN KEY (member_id) REFERENCES board_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

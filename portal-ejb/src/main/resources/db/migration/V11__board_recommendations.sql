-- Recommendations (Empfehlungen) of the advisory board: drafted by a member, voted in a held meeting with
-- quorum, then addressed to the council or the administration and tracked through its answers. Names of
-- voters are kept only for open votes. A backlog item the recommendation fed is referenced by its id.

CREATE TABLE board_recommendation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    title           VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    addressee       VARCHAR(16)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    drafted_by      BIGINT        NOT NULL,
    drafted_at      DATETIME(6)   NOT NULL,
    meeting_id      BIGINT        NULL,
    votes_yes       INT           NULL,
    votes_no        INT           NULL,
    votes_abstain   INT           NULL,
    open_vote       BOOLEAN       NULL,
    voted_at        DATETIME(6)   NULL,
    backlog_item_id BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_recommendation_member FOREIGN KEY (drafted_by) REFERENCES board_member (id),
    CONSTRAINT fk_board_recommendation_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id),
    CONSTRAINT ck_board_recommendation_votes CHECK (votes_yes >= 0 AND votes_no >= 0 AND votes_abstain >= 0),
    INDEX ix_board_recommendation_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who voted how, only for open votes.
CREATE TABLE board_recommendation_vote (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    recommendation_id BIGINT      NOT NULL,
    member_id         BIGINT      NOT NULL,
    vote              VARCHAR(8)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_recommendation_vote UNIQUE (recommendation_id, member_id),
    CONSTRAINT fk_board_vote_recommendation FOREIGN KEY (recommendation_id) REFERENCES board_recommendation (id),
    CONSTRAINT fk_board_vote_member FOREIGN KEY (member_id) REFERENCES board_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The way of an adopted recommendation: each step with its date, who answered and what they said.
CREATE TABLE board_recommendation_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    recommendation_id BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    on_date           DATE          NOT NULL,
    answered_by       VARCHAR(200)  NULL,
    note              TEXT          NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_step_recommendation FOREIGN KEY (recommendation_id) REFERENCES board_recommendation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

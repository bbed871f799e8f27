-- Expert assessments: board members rate published backlog items (impact and feasibility 1–5, with a
-- comment), one assessment per member and item, revisable. Their mean feasibility becomes the item's
-- board confidence in the backlog (see BoardInput).
CREATE TABLE board_assessment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    member_id       BIGINT       NOT NULL,
    backlog_item_id BIGINT       NOT NULL,
    impact          INT          NOT NULL,
    feasibility     INT          NOT NULL,
    comment         TEXT         NULL,
    assessed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_assessment UNIQUE (member_id, backlog_item_id),
    CONSTRAINT fk_board_assessment_member FOREIGN KEY (member_id) REFERENCES board_member (id),
    CONSTRAINT ck_board_assessment_range CHECK (impact BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5),
    INDEX ix_board_assessment_item (backlog_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

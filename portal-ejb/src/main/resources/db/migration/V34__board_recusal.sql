-- Issue #24: a member declares a conflict of interest before a vote (on a recommendation or an agenda point) and
-- is recused: not counted for that vote's quorum, no vote. The minutes record it; the public sees that a member
-- was recused, the reason only where the member did not mark it personal.
CREATE TABLE board_recusal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    member_id         BIGINT        NOT NULL,
    recommendation_id BIGINT        NULL,
    agenda_item_id    BIGINT        NULL,
    reason            VARCHAR(1000) NULL,
    reason_personal   BOOLEAN       NOT NULL,
    declared_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_recusal_recommendation UNIQUE (member_id, recommendation_id),
    CONSTRAINT uq_board_recusal_agenda UNIQUE (member_id, agenda_item_id),
    CONSTRAINT ck_board_recusal_one CHECK ((recommendation_id IS NULL) <> (agenda_item_id IS NULL)),
    CONSTRAINT fk_board_recusal_member FOREIGN KEY (member_id) REFERENCES board_member (id),
    CONSTRAINT fk_board_recusal_recommendation FOREIGN KEY (recommendation_id) REFERENCES board_recommendation (id),
    CONSTRAINT fk_board_recusal_agenda FOREIGN KEY (agenda_item_id) REFERENCES board_agenda_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

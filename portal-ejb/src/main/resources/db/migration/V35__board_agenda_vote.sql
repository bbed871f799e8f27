-- Issue #24: a vote on an agenda point (counts), with the quorum of that vote: the members recused for the point
-- (board_recusal) are counted neither among the members nor among those present, and give no vote.
ALTER TABLE board_agenda_item
    ADD COLUMN votes_yes     INT         NULL,
    ADD COLUMN votes_no      INT         NULL,
    ADD COLUMN votes_abstain INT         NULL,
    ADD COLUMN voted_at      DATETIME(6) NULL,
    ADD CONSTRAINT ck_board_agenda_vote CHECK ((voted_at IS NULL) = (votes_yes IS NULL)
        AND votes_yes >= 0 AND votes_no >= 0 AND votes_abstain >= 0);

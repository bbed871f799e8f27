-- Capability "backlog" (issue #21): the strategy office edits items after creating them and plans their
-- milestones; the public follows the timeline and a change history of the public fields.

-- A budget in euros (planned and spent, both optional) and a public contact (a name or unit with an address
-- and/or a phone number, or nothing at all); the progress is typed by the office or follows the milestones.
ALTER TABLE backlog_item
    ADD COLUMN budget_planned DECIMAL(12,2) NULL,
    ADD COLUMN budget_spent   DECIMAL(12,2) NULL,
    ADD COLUMN contact_name   VARCHAR(200)  NULL,
    ADD COLUMN contact_email  VARCHAR(254)  NULL,
    ADD COLUMN contact_phone  VARCHAR(40)   NULL,
    ADD COLUMN progress_mode  VARCHAR(10)   NOT NULL DEFAULT 'MANUAL',
    ADD CONSTRAINT ck_backlog_item_budget CHECK ((budget_planned IS NULL OR budget_planned >= 0)
        AND (budget_spent IS NULL OR budget_spent >= 0)),
    ADD CONSTRAINT ck_backlog_item_contact CHECK ((contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL)
        OR (contact_name IS NOT NULL AND (contact_email IS NOT NULL OR contact_phone IS NOT NULL))),
    ADD CONSTRAINT ck_backlog_item_progress_mode CHECK (progress_mode IN ('MANUAL', 'MILESTONES'));

-- Milestones in the office's order (position 1, 2, 3 … per item, not the order of the dates) with an optional
-- description. Existing milestones keep the order they were shown in (by date). Every change of the order locks
-- the item's row first (SELECT … FOR UPDATE), so two people reordering at once take turns; the positions are
-- rewritten 1 … n each time, which a unique key on (item_id, position) would refuse halfway through a swap.
ALTER TABLE backlog_milestone
    ADD COLUMN position    INT           NOT NULL DEFAULT 0 AFTER item_id,
    ADD COLUMN description VARCHAR(1000) NULL AFTER title;
UPDATE backlog_milestone m
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY item_id ORDER BY due_date, id) AS n FROM backlog_milestone) o
        ON o.id = m.id
    SET m.position = o.n;
ALTER TABLE backlog_milestone ADD INDEX ix_backlog_milestone_position (item_id, position);

-- A milestone's date moved: the old and the new date, the reason the public reads, the day of the move.
-- Never changed; a milestone keeps all its moves.
CREATE TABLE backlog_milestone_move (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    milestone_id BIGINT       NOT NULL,
    from_date    DATE         NOT NULL,
    to_date      DATE         NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    moved_on     DATE         NOT NULL,
    moved_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_milestone_move_milestone FOREIGN KEY (milestone_id) REFERENCES backlog_milestone (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_backlog_milestone_move_dates CHECK (from_date <> to_date),
    INDEX ix_backlog_milestone_move_milestone (milestone_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public change history of an item: every change of a public field (title, description, fields, owner,
-- horizon, dates, budget, contact, status, progress, milestones added, renamed, described, moved, reached) with
-- the values as the public sees them and when. No member of staff is named here (the audit log keeps who).
CREATE TABLE backlog_item_history (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    item_id    BIGINT       NOT NULL,
    field      VARCHAR(24)  NOT NULL,
    subject    VARCHAR(200) NULL,
    old_value  TEXT         NULL,
    new_value  TEXT         NULL,
    note       VARCHAR(500) NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_item_history_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    INDEX ix_backlog_item_history_item (item_id, changed_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statuses items went through before this history existed (backlog_status_change, V7) become its first
-- rows: each step from the status before it. An item's creation is not a change.
INSERT INTO backlog_item_history (item_id, field, old_value, new_value, changed_at)
SELECT s.item_id, 'STATUS', s.previous, s.status, s.changed_at
FROM (SELECT item_id, status, changed_at,
             LAG(status) OVER (PARTITION BY item_id ORDER BY changed_at, id) AS previous
      FROM backlog_status_change) s
WHERE s.previous IS NOT NULL AND s.previous <> s.status
ORDER BY s.changed_at, s.item_id;

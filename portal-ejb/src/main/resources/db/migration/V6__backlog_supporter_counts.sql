-- Distinct supporters per backlog item over all its linked needs. Counting them reads every support of
-- every linked need (seconds once there are millions of supports), so rankings read this stored count;
-- it is refreshed when needs are linked to an item and every hour (backlog.control.SupporterCounts).
CREATE TABLE backlog_item_supporters (
    item_id    BIGINT      NOT NULL,
    supporters BIGINT      NOT NULL,
    counted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_backlog_item_supporters_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

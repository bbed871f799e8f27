-- Issue #21: the strategy office links and unlinks needs, clusters and board recommendations to backlog items
-- and keeps the history of every change; an item contributes to any number of KPIs (many to many).

-- Board recommendations an item takes up. No foreign key to board_recommendation: the backlog does not know the
-- board's tables; the board confirms that a recommendation exists (backlog.boundary.RecommendationCatalogue).
CREATE TABLE backlog_item_recommendation (
    item_id           BIGINT NOT NULL,
    recommendation_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, recommendation_id),
    CONSTRAINT fk_backlog_item_recommendation_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    INDEX ix_backlog_item_recommendation_rec (recommendation_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every link and unlink of a need, cluster or recommendation, never updated: an unlink names its reason
-- (10 to 500 characters); needs that came or went with a cluster name it in via_cluster_id.
CREATE TABLE backlog_item_link_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    item_id        BIGINT       NOT NULL,
    kind           VARCHAR(15)  NOT NULL,
    target_id      BIGINT       NOT NULL,
    linked         BOOLEAN      NOT NULL,
    reason         VARCHAR(500) NULL,
    via_cluster_id BIGINT       NULL,
    changed_by     VARCHAR(255) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_item_link_change_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_backlog_item_link_change_kind CHECK (kind IN ('NEED', 'CLUSTER', 'RECOMMENDATION')),
    CONSTRAINT ck_backlog_item_link_change_reason CHECK (linked OR reason IS NOT NULL),
    INDEX ix_backlog_item_link_change_item (item_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The KPIs an item contributes to; one KPI may be fed by several items.
CREATE TABLE backlog_item_kpi (
    item_id BIGINT NOT NULL,
    kpi_id  BIGINT NOT NULL,
    PRIMARY KEY (item_id, kpi_id),
    CONSTRAINT fk_backlog_item_kpi_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_item_kpi_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id) ON DELETE CASCADE,
    INDEX ix_backlog_item_kpi_kpi (kpi_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one item a KPI named so far moves into the join table, then the column goes.
INSERT INTO backlog_item_kpi (item_id, kpi_id) SELECT backlog_item_id, id FROM kpi WHERE backlog_item_id IS NOT NULL;
ALTER TABLE kpi DROP FOREIGN KEY fk_kpi_backlog_item;
ALTER TABLE kpi DROP INDEX ix_kpi_item;
ALTER TABLE kpi DROP COLUMN backlog_item_id;

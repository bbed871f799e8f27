-- Ranks are kept current in the background (issue #21): when an input of the score changes, a job re-ranks the
-- open backlog; changes that arrive close together are handled in one run. One row (id 1) is the lock that keeps
-- two nodes from ranking at the same time and holds the newest run; every run is logged with its weight set.
CREATE TABLE backlog_ranking (
    id          TINYINT  NOT NULL,
    last_run_id BIGINT   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO backlog_ranking (id, last_run_id) VALUES (1, NULL);

CREATE TABLE backlog_ranking_run (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    started_at     DATETIME(3)  NOT NULL,
    duration_ms    INT          NOT NULL,
    weight_set_id  BIGINT       NOT NULL,
    items          INT          NOT NULL,
    ranks_changed  INT          NOT NULL,
    cause          VARCHAR(20)  NOT NULL,
    run_by         VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_backlog_ranking_run_started (started_at),
    CONSTRAINT fk_backlog_ranking_run_weights FOREIGN KEY (weight_set_id) REFERENCES weight_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

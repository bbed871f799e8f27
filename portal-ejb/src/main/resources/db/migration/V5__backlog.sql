-- Capability "backlog": the strategy backlog (Vorhaben) with its links to needs, clusters and services,
-- transparent scoring with versioned weights, rank overrides, typed links between items with divergences
-- that wait for a political decision, and the success factors' KPIs with their measurements.

-- Weights of the score. Never updated: every save is a new row, and a ranking names the row it used.
CREATE TABLE weight_set (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    supporter_weight  DECIMAL(10,3) NOT NULL,
    reach_weight      DECIMAL(5,3)  NOT NULL,
    impact_weight     DECIMAL(5,3)  NOT NULL,
    confidence_weight DECIMAL(5,3)  NOT NULL,
    note              VARCHAR(500)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_weight_set_values CHECK (supporter_weight >= 0 AND reach_weight BETWEEN 0 AND 3
        AND impact_weight BETWEEN 0 AND 3 AND confidence_weight BETWEEN 0 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE backlog_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    title              VARCHAR(150)  NOT NULL,
    description        TEXT          NOT NULL,
    owner_department   VARCHAR(200)  NOT NULL,
    horizon            VARCHAR(12)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    drop_reason        VARCHAR(1000) NULL,
    start_date         DATE          NULL,
    end_date           DATE          NULL,
    progress           SMALLINT      NOT NULL DEFAULT 0,
    impact_rating      SMALLINT      NULL,
    confidence         SMALLINT      NULL,
    board_confidence   SMALLINT      NULL,
    effort             DECIMAL(6,1)  NULL,
    score              DOUBLE        NULL,
    score_normalised   DOUBLE        NULL,
    item_rank          INT           NULL,
    manual_rank        INT           NULL,
    weight_set_id      BIGINT        NULL,
    scored_at          DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(255)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_item_weight_set FOREIGN KEY (weight_set_id) REFERENCES weight_set (id),
    CONSTRAINT ck_backlog_item_status CHECK (status IN ('PROPOSED', 'ASSESSED', 'PRIORITISED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    CONSTRAINT ck_backlog_item_horizon CHECK (horizon IN ('SHORT_2025', 'LONG_2030')),
    CONSTRAINT ck_backlog_item_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT ck_backlog_item_rating CHECK (impact_rating IS NULL OR impact_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_backlog_item_confidence CHECK ((confidence IS NULL OR confidence BETWEEN 0 AND 100)
        AND (board_confidence IS NULL OR board_confidence BETWEEN 0 AND 100)),
    CONSTRAINT ck_backlog_item_effort CHECK (effort IS NULL OR effort > 0),
    CONSTRAINT ck_backlog_item_dates CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
    CONSTRAINT ck_backlog_item_drop CHECK (status <> 'DROPPED' OR drop_reason IS NOT NULL),
    INDEX ix_backlog_item_status_rank (status, item_rank),
    INDEX ix_backlog_item_horizon (horizon, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE backlog_item_field (
    item_id BIGINT      NOT NULL,
    field   VARCHAR(20) NOT NULL,
    PRIMARY KEY (item_id, field),
    CONSTRAINT fk_backlog_item_field_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_backlog_item_field CHECK (field IN ('ADMINISTRATION', 'IT_COMMUNICATION', 'ENERGY_ENVIRONMENT', 'MOBILITY', 'SOCIETY')),
    INDEX ix_backlog_item_field_field (field, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Needs an item answers. The index on (need_id, item_id) serves "where did my need go".
CREATE TABLE backlog_item_need (
    item_id BIGINT NOT NULL,
    need_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, need_id),
    CONSTRAINT fk_backlog_item_need_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_item_need_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    INDEX ix_backlog_item_need_need (need_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE backlog_item_cluster (
    item_id    BIGINT NOT NULL,
    cluster_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, cluster_id),
    CONSTRAINT fk_backlog_item_cluster_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_item_cluster_cluster FOREIGN KEY (cluster_id) REFERENCES need_cluster (id),
    INDEX ix_backlog_item_cluster_cluster (cluster_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE backlog_item_service (
    item_id    BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, service_id),
    CONSTRAINT fk_backlog_item_service_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_item_service_service FOREIGN KEY (service_id) REFERENCES service (id),
    INDEX ix_backlog_item_service_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE backlog_milestone (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    item_id  BIGINT       NOT NULL,
    title    VARCHAR(200) NOT NULL,
    due_date DATE         NOT NULL,
    done     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_milestone_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    INDEX ix_backlog_milestone_item (item_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Manual ranks with their written justification: a history, the item holds the one in force.
CREATE TABLE rank_override (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    item_id       BIGINT        NOT NULL,
    item_rank     INT           NULL,
    justification VARCHAR(2000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rank_override_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_rank_override_rank CHECK (item_rank IS NULL OR item_rank >= 1),
    INDEX ix_rank_override_item (item_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Typed links between items. Symmetric types are stored with the smaller id first, so the unique key
-- also refuses the same link in the other direction.
CREATE TABLE backlog_link (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    from_item_id BIGINT       NOT NULL,
    to_item_id   BIGINT       NOT NULL,
    link_type    VARCHAR(15)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_backlog_link_from FOREIGN KEY (from_item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_link_to FOREIGN KEY (to_item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT uq_backlog_link UNIQUE (from_item_id, to_item_id, link_type),
    CONSTRAINT ck_backlog_link_self CHECK (from_item_id <> to_item_id),
    CONSTRAINT ck_backlog_link_type CHECK (link_type IN ('ENABLES', 'DEPENDS_ON', 'CONFLICTS_WITH', 'OVERLAPS')),
    INDEX ix_backlog_link_to (to_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A conflict between two items, open until a political decision is recorded (once).
CREATE TABLE divergence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    link_id       BIGINT        NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    deciding_body VARCHAR(10)   NULL,
    decision_date DATE          NULL,
    outcome       TEXT          NULL,
    document_ref  VARCHAR(30)   NULL,
    decided_at    DATETIME(6)   NULL,
    decided_by    VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_divergence_link UNIQUE (link_id),
    CONSTRAINT fk_divergence_link FOREIGN KEY (link_id) REFERENCES backlog_link (id) ON DELETE CASCADE,
    CONSTRAINT ck_divergence_body CHECK (deciding_body IS NULL OR deciding_body IN ('COUNCIL', 'COMMITTEE', 'MAYOR')),
    INDEX ix_divergence_open (decided_at, opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200)  NOT NULL,
    unit            VARCHAR(40)   NOT NULL,
    direction       VARCHAR(20)   NOT NULL,
    baseline_value  DECIMAL(18,4) NOT NULL,
    baseline_date   DATE          NOT NULL,
    target_2025     DECIMAL(18,4) NULL,
    target_2030     DECIMAL(18,4) NOT NULL,
    data_source     VARCHAR(300)  NOT NULL,
    owner           VARCHAR(200)  NOT NULL,
    success_factor  VARCHAR(25)   NOT NULL,
    backlog_item_id BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_backlog_item FOREIGN KEY (backlog_item_id) REFERENCES backlog_item (id),
    CONSTRAINT ck_kpi_direction CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    CONSTRAINT ck_kpi_factor CHECK (success_factor IN ('GANZHEITLICHKEIT', 'BALANCE', 'STAKEHOLDER_MANAGEMENT',
        'PROFESSIONALITAET', 'FLEXIBILITAET')),
    INDEX ix_kpi_factor (success_factor),
    INDEX ix_kpi_item (backlog_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One value per KPI and day, so that a file imported twice is refused instead of counted twice.
CREATE TABLE kpi_measurement (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    kpi_id      BIGINT        NOT NULL,
    measured_on DATE          NOT NULL,
    value       DECIMAL(18,4) NOT NULL,
    note        VARCHAR(500)  NULL,
    entered_by  VARCHAR(255)  NOT NULL,
    entered_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_kpi_measurement_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id) ON DELETE CASCADE,
    CONSTRAINT uq_kpi_measurement_day UNIQUE (kpi_id, measured_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

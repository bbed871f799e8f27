-- Issue #27: every scheduled job runs once per cluster. Each node's timer fires; before the job's work, the node
-- inserts the row of the job's current slot (the calendar time of a daily job, the start of the interval of an
-- interval job). The primary key decides: exactly one node's insert counts, the others skip that slot. The claims
-- of rows (outbox claims, digest locks, leases) stay as a second line of defence. Old rows go by retention.
CREATE TABLE job_claim (
    job        VARCHAR(60)  NOT NULL,
    slot_start DATETIME(3)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    claimed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (job, slot_start),
    KEY ix_job_claim_claimed_at (claimed_at) -- retention deletes by age
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

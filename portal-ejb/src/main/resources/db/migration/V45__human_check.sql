-- Issue #26: the check that a guest form is sent by a person (ALTCHA-style proof of work, or a question for
-- browsers without JavaScript). The key signs the puzzles, made once per installation and shared by all nodes.
CREATE TABLE human_check_key (
    id     INT      NOT NULL,
    secret CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO human_check_key (id, secret) VALUES (1, LOWER(HEX(RANDOM_BYTES(32))));

-- every solved puzzle once, until it expires: a solution cannot be sent twice, on any node
CREATE TABLE human_check_used (
    proof      CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (proof),
    INDEX ix_human_check_used_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

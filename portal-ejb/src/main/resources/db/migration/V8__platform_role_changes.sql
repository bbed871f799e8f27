-- Realm roles the portal gives or takes in Keycloak (e.g. "board-member" when the advisory board admits
-- someone). Written in the transaction of the decision, applied to Keycloak afterwards and retried until
-- Keycloak confirms, so that a decision never exists without its role change (and never the reverse).
CREATE TABLE role_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    subject      VARCHAR(64)   NOT NULL,
    role_name    VARCHAR(40)   NOT NULL,
    grant_role   BOOLEAN       NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    applied_at   DATETIME(6)   NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    INDEX ix_role_change_pending (applied_at, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Local profile of a person who signed in through Keycloak. Keycloak owns the identity;
-- the portal keeps what it needs to show and contact the person, keyed by the token's subject.
CREATE TABLE user_profile (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    subject         VARCHAR(64)  NOT NULL,
    username        VARCHAR(255) NOT NULL,
    display_name    VARCHAR(255) NOT NULL,
    email           VARCHAR(320) NULL,
    language        VARCHAR(2)   NOT NULL DEFAULT 'de',
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_profile_subject UNIQUE (subject),
    CONSTRAINT ck_user_profile_language CHECK (language IN ('de', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue #26: the trust level a person's last sign-in gave (VERIFIED after an eID of level substantial/high), kept on
-- the profile so that staff pages and counts (verified supporters) need no token. Existing profiles: unverified
-- until their next sign-in brings Keycloak's verdict.
ALTER TABLE user_profile
    ADD COLUMN trust_level        VARCHAR(12) NOT NULL DEFAULT 'UNVERIFIED' AFTER mail_mode,
    ADD COLUMN level_of_assurance VARCHAR(40) NULL AFTER trust_level,
    ADD COLUMN verified_since     DATETIME(6) NULL AFTER level_of_assurance,
    ADD CONSTRAINT ck_user_profile_trust_level CHECK (trust_level IN ('UNVERIFIED', 'VERIFIED'));

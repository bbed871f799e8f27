-- A block now has an end (NULL: for good) and can be lifted with a note; lifted and ended blocks stay as the
-- history the moderators' list shows. Whether a block applies is decided when it is read (not lifted, end not
-- reached), so no job has to run for a block to run out.
ALTER TABLE participation_block DROP FOREIGN KEY fk_participation_block_profile;
ALTER TABLE participation_block DROP PRIMARY KEY;
ALTER TABLE participation_block
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
    ADD COLUMN ends_at DATETIME(6) NULL AFTER reason,
    ADD COLUMN lifted_at DATETIME(6) NULL,
    ADD COLUMN lifted_by VARCHAR(255) NULL,
    ADD COLUMN lift_note VARCHAR(500) NULL;
ALTER TABLE participation_block
    ADD KEY ix_participation_block_profile (profile_id, lifted_at),
    ADD CONSTRAINT fk_participation_block_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id);

-- Who hid a comment, when and why (the moderation page shows it; restoring clears it).
ALTER TABLE need_comment
    ADD COLUMN hidden_at     DATETIME(6)  NULL,
    ADD COLUMN hidden_by     VARCHAR(255) NULL,
    ADD COLUMN hidden_reason VARCHAR(500) NULL;

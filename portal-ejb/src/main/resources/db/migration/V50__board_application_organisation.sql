-- An application to the board in a verified organisation's name links it (issue #26); the name stays as it was then.
-- Applications from before verification keep their typed organisation as text only.
ALTER TABLE board_application
    ADD COLUMN organisation_id BIGINT NULL AFTER organisation,
    ADD CONSTRAINT fk_board_application_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

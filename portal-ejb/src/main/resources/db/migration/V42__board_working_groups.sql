-- Working groups (Arbeitsgruppen) of the advisory board: the strategy office defines them with a mandate, staffs them
-- with members of a current term and dissolves them. Published on the board page and in OParl as Organizations of
-- the board (classification "Arbeitsgruppe"); a dissolved group stays there with its end date.
CREATE TABLE board_working_group (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    name               VARCHAR(120) NOT NULL,
    mandate            TEXT         NOT NULL,
    defined_on         DATE         NOT NULL,
    dissolved_on       DATE         NULL,
    -- set when a member joins or leaves: the row changes, so modified_at tells OParl clients the Organization changed
    members_changed_at DATETIME(3)  NULL,
    created_at         DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    modified_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    -- the name of an active group, NULL once dissolved: unique (the collation ignores case), the last line of
    -- defence behind the entity's check when two people define the same name at once
    active_name        VARCHAR(120) AS (CASE WHEN dissolved_on IS NULL THEN name END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uq_board_working_group_active_name (active_name),
    CONSTRAINT ck_board_working_group_dates CHECK (dissolved_on IS NULL OR dissolved_on >= defined_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per board membership (term) in a group; a removed member's row goes (OParl learns of it from
-- oparl_withdrawal, kind GROUP_MEMBERSHIP), joining again makes a new row.
CREATE TABLE board_working_group_member (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    group_id    BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    joined_on   DATE        NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    modified_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uq_board_working_group_member (group_id, member_id),
    KEY ix_board_working_group_member_member (member_id),
    CONSTRAINT fk_board_working_group_member_group FOREIGN KEY (group_id) REFERENCES board_working_group (id),
    CONSTRAINT fk_board_working_group_member_member FOREIGN KEY (member_id) REFERENCES board_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public board page shows the groups: their changes refresh the page cache (V27).
CREATE TRIGGER pdc_board_working_group_ins AFTER INSERT ON board_working_group FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group');
CREATE TRIGGER pdc_board_working_group_upd AFTER UPDATE ON board_working_group FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group');
CREATE TRIGGER pdc_board_working_group_del AFTER DELETE ON board_working_group FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group');
CREATE TRIGGER pdc_board_working_group_member_ins AFTER INSERT ON board_working_group_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group_member');
CREATE TRIGGER pdc_board_working_group_member_upd AFTER UPDATE ON board_working_group_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group_member');
CREATE TRIGGER pdc_board_working_group_member_del AFTER DELETE ON board_working_group_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_working_group_member');

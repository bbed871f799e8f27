-- Issue #25: the OParl 1.1 interface under /oparl. OParl lists filter on created/modified and must list what was
-- withdrawn from the public as deleted when a client asks with modified_since. The database keeps the times itself
-- (the entities map them read-only), so that no use case can forget to touch them.
ALTER TABLE board_member
    ADD COLUMN created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ADD COLUMN modified_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3);
ALTER TABLE board_meeting
    ADD COLUMN modified_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3);
ALTER TABLE board_agenda_item
    ADD COLUMN modified_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3);
ALTER TABLE board_recommendation
    ADD COLUMN modified_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3);

-- What was public once and is not any more (a member who withdrew the consent to be listed, an erased person):
-- written in the transaction of the withdrawing use case, removed when the object is public again.
CREATE TABLE oparl_withdrawal (
    kind         VARCHAR(20)  NOT NULL,
    local_id     BIGINT       NOT NULL,
    withdrawn_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (kind, local_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

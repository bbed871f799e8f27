-- "You said – we did" (issue #21): anyone signed in can follow a backlog item directly and hears, by their chosen
-- channel, when it changes status, reaches or moves a milestone, publishes progress or a KPI of it changes its light.
CREATE TABLE backlog_item_follow (
    item_id     BIGINT      NOT NULL,
    profile_id  BIGINT      NOT NULL,
    followed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id, profile_id),
    INDEX ix_backlog_item_follow_profile (profile_id),
    CONSTRAINT fk_backlog_item_follow_item FOREIGN KEY (item_id) REFERENCES backlog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_backlog_item_follow_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

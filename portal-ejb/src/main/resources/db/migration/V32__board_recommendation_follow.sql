-- Issue #24: members and the public follow a recommendation and hear when its status changes (answered by the
-- council or the administration, implemented), through the follow and digest mechanism (Notifier).
CREATE TABLE board_recommendation_follow (
    recommendation_id BIGINT      NOT NULL,
    profile_id        BIGINT      NOT NULL,
    followed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (recommendation_id, profile_id),
    INDEX ix_board_recommendation_follow_profile (profile_id),
    CONSTRAINT fk_board_recommendation_follow_rec FOREIGN KEY (recommendation_id) REFERENCES board_recommendation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_board_recommendation_follow_profile FOREIGN KEY (profile_id) REFERENCES user_profile (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

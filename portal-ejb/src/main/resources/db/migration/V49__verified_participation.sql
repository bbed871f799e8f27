-- Issue #26: what verified people (eID, user_profile.trust_level) do counts apart.
-- Needs: each support remembers whether its supporter was verified when supporting, and the need counts those
-- supports beside support_count, moved by the same conditional statements (exact under parallel clicks).
-- Supports given before this migration count as unverified (nobody was verified before it).
ALTER TABLE need_support
    ADD COLUMN verified BOOLEAN NOT NULL DEFAULT FALSE AFTER created_at;
ALTER TABLE need
    ADD COLUMN verified_support_count INT NOT NULL DEFAULT 0 AFTER support_count,
    ADD CONSTRAINT ck_need_verified_support_count CHECK (verified_support_count >= 0 AND verified_support_count <= support_count);

-- Board calls: a call opened "verified only" takes applications from verified people only (refused in the boundary).
ALTER TABLE board_call
    ADD COLUMN verified_only BOOLEAN NOT NULL DEFAULT FALSE AFTER term_months;

-- Board votes: a recommendation the office marked "verified only" is voted on by verified members only.
ALTER TABLE board_recommendation
    ADD COLUMN verified_only BOOLEAN NOT NULL DEFAULT FALSE AFTER open_vote;

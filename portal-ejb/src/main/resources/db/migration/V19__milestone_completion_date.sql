-- When a milestone was reached: progress reports list the milestones reached in their period, and notifications
-- and the public timeline say when. Milestones marked done before this migration keep no date (unknown).
ALTER TABLE backlog_milestone ADD COLUMN completed_on DATE NULL AFTER done;

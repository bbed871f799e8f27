-- The public list shows needs that are published or answered and not hidden. With "status IN (…)" first in
-- an index MariaDB cannot read the newest first and sorts ~100 000 rows per page view; a stored flag lets
-- every sort order read the index in order and stop after one page.
ALTER TABLE need
    ADD COLUMN listed BOOLEAN AS (hidden = FALSE AND status IN ('PUBLISHED', 'ANSWERED')) PERSISTENT;

CREATE INDEX ix_need_listed_newest ON need (listed, published_at, id);
CREATE INDEX ix_need_listed_support ON need (listed, support_count, published_at, id);
CREATE INDEX ix_need_listed_answered ON need (listed, answered_at, published_at, id);
CREATE INDEX ix_need_listed_field ON need (listed, field);
CREATE INDEX ix_need_listed_submitter ON need (listed, submitter_type);
CREATE INDEX ix_need_listed_district ON need (listed, district);

-- Issue #26: limits of guest registrations per hour, set by the organisers per edition. NULL: the portal's
-- default (portal.conference.guest.*-per-hour). Counted in rate_limit_hit like the other anonymous writes.
ALTER TABLE conf_conference
    ADD COLUMN guest_limit_address INT NULL,
    ADD COLUMN guest_limit_network INT NULL,
    ADD COLUMN guest_limit_total   INT NULL;

-- the programme counts the places held by guests who have not confirmed their address yet
CREATE INDEX ix_conf_registration_held ON conf_registration (conference_id, status, email_confirmed_at);

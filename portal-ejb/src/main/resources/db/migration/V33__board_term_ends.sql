-- Issue #24: a membership that ends (term over, ended early, withdrawn) takes the board roles away at once:
-- role_revoked_at marks the membership whose end was passed on to Keycloak (RoleChanges), so the job does it
-- once. Memberships that ended before this migration were handled by the ceasing itself (or lived on in
-- Keycloak until now): the job takes them up as well, unless the person holds another live membership.
ALTER TABLE board_member ADD COLUMN role_revoked_at DATETIME(6) NULL;

-- the sign-in check asks per request whether a role of the session was revoked after the sign-in
ALTER TABLE role_change ADD INDEX ix_role_change_subject (subject, grant_role, applied_at);

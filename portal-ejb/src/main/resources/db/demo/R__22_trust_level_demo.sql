-- Demo data for issue #26 (trust level): some of the fictional residents signed in with the Online-Ausweis, so that
-- the local stack shows verified supports ("davon M verifiziert") and the staff's "verifiziert" mark. The demo
-- accounts of Keycloak stay as they are: their next sign-in brings Keycloak's verdict anyway.
-- Repeatable and idempotent: it sets fixed values and recounts from the rows.

UPDATE user_profile
SET trust_level = 'VERIFIED',
    level_of_assurance = CASE WHEN MOD(id, 2) = 0 THEN 'STORK-QAA-Level-4' ELSE 'STORK-QAA-Level-3' END,
    verified_since = COALESCE(verified_since, created_at)
WHERE subject LIKE 'demo-person-%' AND MOD(id, 3) = 0 AND deleted_at IS NULL;

UPDATE need_support s
    JOIN user_profile p ON p.id = s.profile_id
SET s.verified = TRUE
WHERE p.subject LIKE 'demo-person-%' AND p.trust_level = 'VERIFIED';

UPDATE need n
SET n.verified_support_count = LEAST(n.support_count,
        (SELECT COUNT(*) FROM need_support s WHERE s.need_id = n.id AND s.verified));

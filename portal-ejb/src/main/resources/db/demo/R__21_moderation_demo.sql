-- Demo data for the moderators' list of blocked people (V46): one block for good, one that ran out, one lifted, each
-- on a demo person without an account (R__20), so no demo sign-in is blocked.
-- DEMO DATA: fictional. Repeatable migration, applied only where portal.demo.enabled is true: explicit primary keys
-- (far above those the portal gives) and INSERT IGNORE, so applying it again changes nothing.

INSERT IGNORE INTO participation_block (id, profile_id, blocked_at, blocked_by, reason, ends_at, lifted_at, lifted_by, lift_note) VALUES
    (900001, 1133, '2026-10-02 09:14:00', 'moderator', 'Wiederholt Werbung für einen Online-Shop in Kommentaren', NULL, NULL, NULL, NULL),
    (900002, 1135, '2026-09-12 16:40:00', 'moderator', 'Beleidigende Äußerungen gegenüber anderen Kommentierenden', '2026-09-26 22:00:00', NULL, NULL, NULL),
    (900003, 1136, '2026-10-20 11:05:00', 'moderator', 'Telefonnummern Dritter in mehreren Kommentaren',
     NULL, '2026-10-21 08:30:00', 'admin', 'Die Nummern waren die öffentlichen Nummern des Bürgeramts; bitte entschuldigen Sie.');

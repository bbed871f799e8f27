-- Demo data for the board members' expert assessments (V12). They explain the board confidence the backlog
-- demo (R__30) carries: item 1 (E-Akte) 45 % = mean feasibility 2.25 × 20; item 18 (Digitaler Bauantrag)
-- 60 % = mean feasibility 3 × 20. DEMO DATA: fictional. Repeatable, INSERT IGNORE with explicit keys.

INSERT IGNORE INTO board_assessment (id, member_id, backlog_item_id, impact, feasibility, comment, assessed_at) VALUES
    (1, 1, 1, 5, 2, 'Hohe Wirkung, aber der Rollout in allen Ämtern bis 2030 ist ehrgeizig.', '2025-09-20 10:00:00'),
    (2, 4, 1, 4, 2, 'Die Migration der Altakten ist der Engpass.', '2025-09-21 10:00:00'),
    (3, 6, 1, 5, 2, NULL, '2025-09-22 10:00:00'),
    (4, 11, 1, 4, 3, 'Mit mehr Personal in der Projektgruppe machbar.', '2025-09-23 10:00:00'),
    (5, 3, 18, 4, 3, 'Das Landesportal trägt die Hauptlast; die Anbindung der Fachverfahren bleibt.', '2026-03-14 10:00:00'),
    (6, 5, 18, 3, 3, NULL, '2026-03-15 10:00:00'),
    (7, 12, 18, 4, 3, 'Schulungen für die Bauaufsicht einplanen.', '2026-03-16 10:00:00');

-- Demo data for the advisory board's meetings (V10): three past meetings with agendas and minutes (two
-- approved and published, one awaiting approval) and one upcoming meeting with invitations, relative to the
-- day the demo is first loaded. DEMO DATA: all contents are fictional. Times are UTC.
-- Repeatable migration, applied only where portal.demo.enabled is true and after R__40; explicit primary
-- keys and INSERT IGNORE, so applying it again changes nothing.

INSERT IGNORE INTO board_meeting (id, title, starts_at, ends_at, place, online_link, status, quorum_percent, invited_at, held_at, minutes_approved_in, created_at, created_by) VALUES
    (3, '3. Sitzung des Digitalisierungsbeirats', '2026-03-12 16:00:00', '2026-03-12 18:00:00', 'Technisches Rathaus, Raum 4.12', 'https://video.musterstadt.example/beirat', 'HELD', 50, '2026-02-20 09:00:00', '2026-03-12 18:05:00', NULL, '2026-02-10 09:00:00', 'strategy-office'),
    (2, '2. Sitzung des Digitalisierungsbeirats', '2025-09-18 15:00:00', '2025-09-18 17:30:00', 'Rathaus, Sitzungssaal 1', NULL, 'MINUTES_APPROVED', 50, '2025-08-28 09:00:00', '2025-09-18 17:40:00', 3, '2025-08-20 09:00:00', 'strategy-office'),
    (1, '1. Sitzung des Digitalisierungsbeirats (konstituierende Sitzung)', '2025-04-10 14:00:00', '2025-04-10 16:30:00', 'Rathaus, Sitzungssaal 1', NULL, 'MINUTES_APPROVED', 50, '2025-03-24 09:00:00', '2025-04-10 16:40:00', 2, '2025-03-21 09:00:00', 'strategy-office'),
    (4, '4. Sitzung des Digitalisierungsbeirats', TIMESTAMP(CURRENT_DATE + INTERVAL 21 DAY, '16:00:00'), TIMESTAMP(CURRENT_DATE + INTERVAL 21 DAY, '18:00:00'), 'Technisches Rathaus, Raum 4.12', 'https://video.musterstadt.example/beirat', 'INVITED', 50, NOW(6), NULL, NULL, NOW(6), 'board-chair');

INSERT IGNORE INTO board_agenda_item (id, meeting_id, position, title, presenter, duration_minutes, backlog_item_id, need_id, minutes, public_minutes) VALUES
    (1, 1, 1, 'Konstituierung: Wahl des Vorsitzes und der Stellvertretung', 'Strategiebüro', 30, NULL, NULL, 'Der Beirat wählt Christiane Hoffmann einstimmig zur Vorsitzenden und Birgit Berger zur stellvertretenden Vorsitzenden.', TRUE),
    (2, 1, 2, 'Geschäftsordnung des Beirats', 'Christiane Hoffmann', 45, NULL, NULL, 'Die Geschäftsordnung wird mit einer Änderung beschlossen: Protokolle sind öffentlich, soweit der Beirat nichts anderes beschließt.', TRUE),
    (3, 1, 3, 'Vorstellung der Digitalstrategie und des Strategie-Backlogs', 'Sven Stratmann', 60, 1, NULL, 'Das Strategiebüro stellt die Handlungsfelder und die Priorisierung vor. Der Beirat bittet um eine Übersicht der Fallzahlen je Verwaltungsleistung.', TRUE),
    (4, 2, 1, 'Genehmigung des Protokolls der 1. Sitzung', 'Christiane Hoffmann', 10, NULL, NULL, 'Das Protokoll der 1. Sitzung wird ohne Änderungen genehmigt.', TRUE),
    (5, 2, 2, 'Online-Termine im Bürgeramt', 'Amt für Bürgerdienste', 45, NULL, 1, 'Der Beirat unterstützt die Ausweitung der Online-Termine und regt an, freie Termine tagesaktuell freizugeben.', TRUE),
    (6, 2, 3, 'Stand der E-Akte', 'Amt für Digitalisierung und IT', 45, 1, NULL, 'Bericht zum Rollout in den ersten Ämtern. Vertrauliche Angaben zu Vertragspartnern wurden nicht öffentlich beraten.', FALSE),
    (7, 3, 1, 'Genehmigung des Protokolls der 2. Sitzung', 'Christiane Hoffmann', 10, NULL, NULL, 'Das Protokoll der 2. Sitzung wird genehmigt.', TRUE),
    (8, 3, 2, 'Barrierefreiheit digitaler Angebote', 'Verein Barrierefreies Musterstadt e. V.', 60, NULL, NULL, 'Der Beirat bittet das Strategiebüro, Barrierefreiheit als Kriterium in die Bewertung der Vorhaben aufzunehmen.', TRUE),
    (9, 4, 1, 'Genehmigung des Protokolls der 3. Sitzung', 'Christiane Hoffmann', 10, NULL, NULL, NULL, TRUE),
    (10, 4, 2, 'Umsetzungsbericht an den Rat: Stellungnahme des Beirats', 'Sven Stratmann', 60, NULL, NULL, NULL, TRUE);

INSERT IGNORE INTO board_invitation (id, meeting_id, member_id, response, responded_at, present) VALUES
    (1, 1, 1, NULL, NULL, TRUE),
    (2, 1, 2, NULL, NULL, TRUE),
    (3, 1, 3, NULL, NULL, TRUE),
    (4, 1, 4, NULL, NULL, TRUE),
    (5, 1, 5, NULL, NULL, TRUE),
    (6, 1, 6, 'DECLINE', NULL, FALSE),
    (7, 1, 7, NULL, NULL, TRUE),
    (8, 1, 8, NULL, NULL, TRUE),
    (9, 1, 9, NULL, NULL, TRUE),
    (10, 1, 10, NULL, NULL, TRUE),
    (11, 1, 11, 'DECLINE', NULL, FALSE),
    (12, 1, 12, NULL, NULL, TRUE),
    (13, 2, 1, NULL, NULL, TRUE),
    (14, 2, 2, NULL, NULL, TRUE),
    (15, 2, 3, 'DECLINE', NULL, FALSE),
    (16, 2, 4, NULL, NULL, TRUE),
    (17, 2, 5, NULL, NULL, TRUE),
    (18, 2, 6, NULL, NULL, TRUE),
    (19, 2, 7, 'DECLINE', NULL, FALSE),
    (20, 2, 8, NULL, NULL, TRUE),
    (21, 2, 9, NULL, NULL, TRUE),
    (22, 2, 10, 'DECLINE', NULL, FALSE),
    (23, 2, 11, NULL, NULL, TRUE),
    (24, 2, 12, NULL, NULL, TRUE),
    (25, 3, 1, NULL, NULL, TRUE),
    (26, 3, 2, NULL, NULL, TRUE),
    (27, 3, 3, NULL, NULL, TRUE),
    (28, 3, 4, 'DECLINE', NULL, FALSE),
    (29, 3, 5, 'DECLINE', NULL, FALSE),
    (30, 3, 6, NULL, NULL, TRUE),
    (31, 3, 7, NULL, NULL, TRUE),
    (32, 3, 8, 'DECLINE', NULL, FALSE),
    (33, 3, 9, NULL, NULL, TRUE),
    (34, 3, 10, NULL, NULL, TRUE),
    (35, 3, 11, NULL, NULL, TRUE),
    (36, 3, 12, 'DECLINE', NULL, FALSE),
    (37, 4, 1, 'ATTEND', NOW(6), FALSE),
    (38, 4, 3, 'ATTEND', NOW(6), FALSE),
    (39, 4, 4, 'DECLINE', NOW(6), FALSE),
    (40, 4, 5, 'ATTEND', NOW(6), FALSE),
    (41, 4, 6, NULL, NULL, FALSE),
    (42, 4, 7, NULL, NULL, FALSE),
    (43, 4, 8, NULL, NULL, FALSE),
    (44, 4, 9, 'ATTEND', NOW(6), FALSE),
    (45, 4, 10, NULL, NULL, FALSE),
    (46, 4, 11, NULL, NULL, FALSE),
    (47, 4, 12, NULL, NULL, FALSE),
    (48, 4, 2, NULL, NULL, FALSE);

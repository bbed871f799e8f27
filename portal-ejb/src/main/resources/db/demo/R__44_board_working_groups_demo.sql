-- Demo data for the board's working groups (V42): two active groups staffed from the demo members (R__40).
-- Member 7 did not consent to be listed: the public board page and OParl leave them out of "AG Offene Daten".
-- DEMO DATA: fictional. Repeatable migration, applied only where portal.demo.enabled is true: explicit primary keys
-- and INSERT IGNORE, so applying it again changes nothing.

INSERT IGNORE INTO board_working_group (id, name, mandate, defined_on, dissolved_on, members_changed_at) VALUES
    (1, 'AG Offene Daten', 'Die Arbeitsgruppe prüft, welche Daten der Stadtverwaltung als offene Daten veröffentlicht werden sollten, und bereitet dazu eine Empfehlung des Beirats an Rat und Verwaltung vor.', '2025-05-15', NULL, '2025-05-15 10:00:00'),
    (2, 'AG Digitale Bildung', 'Die Arbeitsgruppe begleitet die Digitalisierung der Schulen und Volkshochschulen und sammelt Bedarfe von Lehrkräften, Eltern und Lernenden für den Strategie-Backlog.', '2025-09-01', NULL, '2025-09-01 10:00:00');

INSERT IGNORE INTO board_working_group_member (id, group_id, member_id, joined_on) VALUES
    (1, 1, 2, '2025-05-15'),
    (2, 1, 3, '2025-05-15'),
    (3, 1, 7, '2025-05-15'),
    (4, 2, 6, '2025-09-01'),
    (5, 2, 9, '2025-09-01'),
    (6, 2, 11, '2025-09-01');

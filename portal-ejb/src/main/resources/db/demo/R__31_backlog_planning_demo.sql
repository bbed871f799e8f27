-- Demo data for the planning of backlog items (issue #21, V20): milestones in the office's order, the days
-- milestones were reached, one milestone whose date moved with a reason, budgets and public contacts of four
-- items, and the public change history that matches all of it (including the status steps of R__35).
-- DEMO DATA: all amounts, dates, contacts (addresses under .example, numbers with the fictional prefix 0123)
-- and reasons are fictional demo values.
-- Repeatable migration, applied after R__30_backlog_demo.sql (and, by Flyway's order of descriptions, before
-- R__35) and only where portal.demo.enabled is true. Applying it again changes nothing: updates name their rows by
-- id and touch only what is still unset, inserts use INSERT IGNORE with explicit ids, and history rows are
-- inserted only where the same change (item, field, time) is not there yet (an installation that got V20 later has
-- its status steps from V20's backfill already).

-- Milestones in the office's order: items whose milestones were never ordered get the order of their dates.
UPDATE backlog_milestone m
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY item_id ORDER BY due_date, id) AS n FROM backlog_milestone
          WHERE item_id IN (SELECT item_id FROM backlog_milestone WHERE position = 0)) o ON o.id = m.id
    SET m.position = o.n;

-- The days the demo milestones were reached (R__30 marks them done without a day)
UPDATE backlog_milestone SET completed_on = '2023-06-28' WHERE id = 1 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2023-03-20' WHERE id = 5 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2024-11-29' WHERE id = 6 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2022-06-15' WHERE id = 8 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2023-03-31' WHERE id = 9 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2024-12-16' WHERE id = 10 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2025-07-24' WHERE id = 11 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2025-12-19' WHERE id = 12 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-03-02' WHERE id = 13 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2024-03-27' WHERE id = 14 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2025-07-08' WHERE id = 15 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2023-09-12' WHERE id = 18 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2025-12-10' WHERE id = 19 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2025-06-23' WHERE id = 22 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-06-25' WHERE id = 23 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-06-18' WHERE id = 26 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-08-28' WHERE id = 27 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-09-29' WHERE id = 28 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-06-24' WHERE id = 30 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-10-27' WHERE id = 36 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-06-30' WHERE id = 39 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-11-02' WHERE id = 48 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-09-28' WHERE id = 52 AND done AND completed_on IS NULL;
UPDATE backlog_milestone SET completed_on = '2026-09-30' WHERE id = 59 AND done AND completed_on IS NULL;

-- Two descriptions. Milestone 29 (start of online ordering on 1 December 2026) is not reached yet: overdue.
UPDATE backlog_milestone SET description = 'Die Online-Bestellung wird für alle Urkundenarten zugleich freigeschaltet; bis dahin werden Urkunden weiter per E-Mail oder am Schalter bestellt.'
    WHERE id = 29 AND description IS NULL;
UPDATE backlog_milestone SET description = 'Fotos werden vor dem Hochladen auf dem Gerät verkleinert und von Standort- und Gerätedaten befreit; übermittelt wird nur der gewählte Ort.'
    WHERE id = 37 AND description IS NULL;

-- Milestone 37 of the Mängelmelder moved from 30 November 2026 to 31 January 2027 (its date in R__30)
INSERT IGNORE INTO backlog_milestone_move (id, milestone_id, from_date, to_date, reason, moved_on, moved_at) VALUES
    (1, 37, '2026-11-30', '2027-01-31', 'Die Datenschutz-Folgenabschätzung für die Standortbestimmung muss mit der Datenschutzbeauftragten abgestimmt werden; das dauert länger als geplant. Die übrigen Meilensteine bleiben bei ihren Terminen.', '2026-11-05', '2026-11-05 10:30:00');

-- Budgets and public contacts of four items
UPDATE backlog_item SET budget_planned = 2400000.00, budget_spent = 910000.00,
        contact_name = 'Amt für Digitalisierung und IT, Projektbüro E-Akte', contact_email = 'e-akte@musterstadt.example',
        contact_phone = '0123 4567-400'
    WHERE id = 1 AND budget_planned IS NULL AND budget_spent IS NULL AND contact_name IS NULL;
UPDATE backlog_item SET budget_planned = 180000.00, budget_spent = 142500.00,
        contact_name = 'Standesamt, Team Online-Urkunden', contact_email = 'standesamt@musterstadt.example',
        contact_phone = '0123 4567-310'
    WHERE id = 9 AND budget_planned IS NULL AND budget_spent IS NULL AND contact_name IS NULL;
UPDATE backlog_item SET budget_planned = 420000.00, budget_spent = 150000.00,
        contact_name = 'Tiefbauamt, Team Mängelmelder', contact_email = 'maengelmelder@musterstadt.example'
    WHERE id = 12 AND budget_planned IS NULL AND budget_spent IS NULL AND contact_name IS NULL;
UPDATE backlog_item SET budget_planned = 95000.00,
        contact_name = 'Bürgeramt, Terminservice', contact_phone = '0123 4567-115'
    WHERE id = 17 AND budget_planned IS NULL AND budget_spent IS NULL AND contact_name IS NULL;

-- The public change history: the status steps of R__35 (each from the status before it), the milestones reached
-- and moved since the items are in the portal, and the budgets and contacts above as they were entered.
INSERT INTO backlog_item_history (item_id, field, subject, old_value, new_value, note, changed_at)
SELECT d.item_id, 'STATUS', NULL, d.old_value, d.new_value, NULL, d.changed_at
FROM (
    SELECT 1 AS item_id, 'PROPOSED' AS old_value, 'ASSESSED' AS new_value, '2026-09-18 11:12:00' AS changed_at
    UNION ALL SELECT 1, 'ASSESSED', 'PRIORITISED', '2026-09-23 13:12:00'
    UNION ALL SELECT 1, 'PRIORITISED', 'IN_PROGRESS', '2026-09-29 15:12:00'
    UNION ALL SELECT 2, 'PROPOSED', 'ASSESSED', '2026-09-19 11:31:00'
    UNION ALL SELECT 2, 'ASSESSED', 'PRIORITISED', '2026-09-26 13:31:00'
    UNION ALL SELECT 2, 'PRIORITISED', 'IN_PROGRESS', '2026-10-05 15:31:00'
    UNION ALL SELECT 3, 'PROPOSED', 'ASSESSED', '2026-09-20 11:48:00'
    UNION ALL SELECT 3, 'ASSESSED', 'PRIORITISED', '2026-09-29 13:48:00'
    UNION ALL SELECT 3, 'PRIORITISED', 'IN_PROGRESS', '2026-10-02 15:48:00'
    UNION ALL SELECT 3, 'IN_PROGRESS', 'DONE', '2026-10-08 17:48:00'
    UNION ALL SELECT 4, 'PROPOSED', 'ASSESSED', '2026-09-21 12:05:00'
    UNION ALL SELECT 4, 'ASSESSED', 'PRIORITISED', '2026-10-02 14:05:00'
    UNION ALL SELECT 4, 'PRIORITISED', 'IN_PROGRESS', '2026-10-08 16:05:00'
    UNION ALL SELECT 4, 'IN_PROGRESS', 'DONE', '2026-10-18 18:05:00'
    UNION ALL SELECT 5, 'PROPOSED', 'ASSESSED', '2026-09-22 12:22:00'
    UNION ALL SELECT 5, 'ASSESSED', 'PRIORITISED', '2026-09-26 14:22:00'
    UNION ALL SELECT 5, 'PRIORITISED', 'IN_PROGRESS', '2026-10-05 16:22:00'
    UNION ALL SELECT 6, 'PROPOSED', 'ASSESSED', '2026-09-23 12:40:00'
    UNION ALL SELECT 6, 'ASSESSED', 'PRIORITISED', '2026-09-29 14:40:00'
    UNION ALL SELECT 6, 'PRIORITISED', 'IN_PROGRESS', '2026-10-02 16:40:00'
    UNION ALL SELECT 7, 'PROPOSED', 'ASSESSED', '2026-09-25 10:55:00'
    UNION ALL SELECT 7, 'ASSESSED', 'PRIORITISED', '2026-10-03 12:55:00'
    UNION ALL SELECT 7, 'PRIORITISED', 'IN_PROGRESS', '2026-10-09 14:55:00'
    UNION ALL SELECT 8, 'PROPOSED', 'ASSESSED', '2026-09-26 11:20:00'
    UNION ALL SELECT 8, 'ASSESSED', 'PRIORITISED', '2026-10-06 13:20:00'
    UNION ALL SELECT 8, 'PRIORITISED', 'IN_PROGRESS', '2026-10-15 15:20:00'
    UNION ALL SELECT 8, 'IN_PROGRESS', 'DONE', '2026-10-23 17:20:00'
    UNION ALL SELECT 9, 'PROPOSED', 'ASSESSED', '2026-09-18 11:41:00'
    UNION ALL SELECT 9, 'ASSESSED', 'PRIORITISED', '2026-09-21 13:41:00'
    UNION ALL SELECT 9, 'PRIORITISED', 'IN_PROGRESS', '2026-09-24 15:41:00'
    UNION ALL SELECT 10, 'PROPOSED', 'ASSESSED', '2026-09-19 12:03:00'
    UNION ALL SELECT 10, 'ASSESSED', 'PRIORITISED', '2026-09-24 14:03:00'
    UNION ALL SELECT 10, 'PRIORITISED', 'IN_PROGRESS', '2026-09-30 16:03:00'
    UNION ALL SELECT 11, 'PROPOSED', 'ASSESSED', '2026-09-20 12:26:00'
    UNION ALL SELECT 11, 'ASSESSED', 'PRIORITISED', '2026-09-27 14:26:00'
    UNION ALL SELECT 12, 'PROPOSED', 'ASSESSED', '2026-09-22 10:47:00'
    UNION ALL SELECT 12, 'ASSESSED', 'PRIORITISED', '2026-10-01 12:47:00'
    UNION ALL SELECT 12, 'PRIORITISED', 'IN_PROGRESS', '2026-10-04 14:47:00'
    UNION ALL SELECT 13, 'PROPOSED', 'ASSESSED', '2026-09-23 11:30:00'
    UNION ALL SELECT 13, 'ASSESSED', 'PRIORITISED', '2026-10-04 13:30:00'
    UNION ALL SELECT 13, 'PRIORITISED', 'IN_PROGRESS', '2026-10-10 15:30:00'
    UNION ALL SELECT 14, 'PROPOSED', 'ASSESSED', '2026-09-24 12:12:00'
    UNION ALL SELECT 14, 'ASSESSED', 'PRIORITISED', '2026-09-28 14:12:00'
    UNION ALL SELECT 15, 'PROPOSED', 'ASSESSED', '2026-09-25 13:05:00'
    UNION ALL SELECT 15, 'ASSESSED', 'PRIORITISED', '2026-10-01 15:05:00'
    UNION ALL SELECT 15, 'PRIORITISED', 'DROPPED', '2026-11-12 16:30:00'
    UNION ALL SELECT 16, 'PROPOSED', 'ASSESSED', '2026-09-26 13:20:00'
    UNION ALL SELECT 16, 'ASSESSED', 'PRIORITISED', '2026-10-04 15:20:00'
    UNION ALL SELECT 17, 'PROPOSED', 'ASSESSED', '2026-10-18 10:40:00'
    UNION ALL SELECT 17, 'ASSESSED', 'PRIORITISED', '2026-10-28 12:40:00'
    UNION ALL SELECT 17, 'PRIORITISED', 'IN_PROGRESS', '2026-11-06 14:40:00'
    UNION ALL SELECT 18, 'PROPOSED', 'ASSESSED', '2026-10-12 11:05:00'
    UNION ALL SELECT 18, 'ASSESSED', 'PRIORITISED', '2026-10-15 13:05:00'
    UNION ALL SELECT 18, 'PRIORITISED', 'IN_PROGRESS', '2026-10-18 15:05:00'
    UNION ALL SELECT 19, 'PROPOSED', 'ASSESSED', '2026-10-18 12:15:00'
    UNION ALL SELECT 19, 'ASSESSED', 'PRIORITISED', '2026-10-23 14:15:00'
    UNION ALL SELECT 20, 'PROPOSED', 'ASSESSED', '2026-10-20 16:02:00'
    UNION ALL SELECT 21, 'PROPOSED', 'ASSESSED', '2026-10-27 11:25:00'
    UNION ALL SELECT 21, 'ASSESSED', 'PRIORITISED', '2026-11-05 13:25:00'
    UNION ALL SELECT 21, 'PRIORITISED', 'IN_PROGRESS', '2026-11-08 15:25:00'
    UNION ALL SELECT 22, 'PROPOSED', 'ASSESSED', '2026-11-02 15:10:00'
    UNION ALL SELECT 22, 'ASSESSED', 'PRIORITISED', '2026-11-13 17:10:00'
    UNION ALL SELECT 23, 'PROPOSED', 'ASSESSED', '2026-11-06 12:45:00'
    UNION ALL SELECT 24, 'PROPOSED', 'ASSESSED', '2026-11-12 13:30:00'
) d
WHERE NOT EXISTS (SELECT 1 FROM backlog_item_history h WHERE h.item_id = d.item_id AND h.field = 'STATUS'
                  AND h.changed_at = d.changed_at);

INSERT INTO backlog_item_history (item_id, field, subject, old_value, new_value, note, changed_at)
SELECT d.item_id, d.field, d.subject, d.old_value, d.new_value, d.note, d.changed_at
FROM (
    SELECT 1 AS item_id, 'BUDGET_PLANNED' AS field, NULL AS subject, NULL AS old_value, '2400000.00' AS new_value,
           NULL AS note, '2026-09-30 10:15:00' AS changed_at
    UNION ALL SELECT 1, 'CONTACT', NULL, NULL,
           'Amt für Digitalisierung und IT, Projektbüro E-Akte, e-akte@musterstadt.example, 0123 4567-400', NULL, '2026-09-30 10:15:00'
    UNION ALL SELECT 1, 'BUDGET_SPENT', NULL, NULL, '910000.00', NULL, '2026-11-16 14:05:00'
    UNION ALL SELECT 9, 'BUDGET_PLANNED', NULL, NULL, '180000.00', NULL, '2026-10-02 10:00:00'
    UNION ALL SELECT 9, 'CONTACT', NULL, NULL,
           'Standesamt, Team Online-Urkunden, standesamt@musterstadt.example, 0123 4567-310', NULL, '2026-10-02 10:00:00'
    UNION ALL SELECT 9, 'MILESTONE_REACHED', 'Online-Formular mit Bezahlung für Urkundenbestellungen', NULL, '2026-09-29',
           NULL, '2026-10-02 10:05:00'
    UNION ALL SELECT 9, 'BUDGET_SPENT', NULL, NULL, '95000.00', NULL, '2026-10-02 10:00:00'
    UNION ALL SELECT 9, 'BUDGET_SPENT', NULL, '95000.00', '142500.00', NULL, '2026-11-20 09:00:00'
    UNION ALL SELECT 12, 'BUDGET_PLANNED', NULL, NULL, '420000.00', NULL, '2026-10-01 11:00:00'
    UNION ALL SELECT 12, 'CONTACT', NULL, NULL, 'Tiefbauamt, Team Mängelmelder, maengelmelder@musterstadt.example', NULL,
           '2026-10-01 11:00:00'
    UNION ALL SELECT 12, 'MILESTONE_REACHED', 'Meldungen zur Straßenbeleuchtung direkt an die Stadtwerke', NULL, '2026-10-27',
           NULL, '2026-10-27 16:20:00'
    UNION ALL SELECT 12, 'MILESTONE_MOVED', 'Mobile Ansicht mit Foto-Upload und Standortbestimmung', '2026-11-30', '2027-01-31',
           'Die Datenschutz-Folgenabschätzung für die Standortbestimmung muss mit der Datenschutzbeauftragten abgestimmt werden; das dauert länger als geplant. Die übrigen Meilensteine bleiben bei ihren Terminen.',
           '2026-11-05 10:30:00'
    UNION ALL SELECT 12, 'BUDGET_SPENT', NULL, NULL, '150000.00', NULL, '2026-11-18 08:45:00'
    UNION ALL SELECT 17, 'BUDGET_PLANNED', NULL, NULL, '95000.00', NULL, '2026-10-12 09:30:00'
    UNION ALL SELECT 17, 'CONTACT', NULL, NULL, 'Bürgeramt, Terminservice, 0123 4567-115', NULL, '2026-10-12 09:30:00'
    UNION ALL SELECT 17, 'MILESTONE_REACHED', 'Telefonisches Terminkontingent für Menschen ohne Internetzugang', NULL,
           '2026-11-02', NULL, '2026-11-02 15:10:00'
) d
WHERE NOT EXISTS (SELECT 1 FROM backlog_item_history h WHERE h.item_id = d.item_id AND h.field = d.field
                  AND h.changed_at = d.changed_at AND (h.old_value <=> d.old_value));

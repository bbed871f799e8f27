-- Demo data of the verified organisations (issue #26): the organisations the demo needs were submitted for, as if
-- the strategy office had verified them on 1 September 2026, with their demo authors as representatives (the demo
-- account org-rep represents Hochschule Musterstadt), and the demo needs linked to them, so that the need pages link
-- the organisation's page. All organisations and register numbers are fictional.
-- Repeatable migration, applied only where portal.demo.enabled is true; it runs after R__20 (the needs and people):
-- every row has an explicit key and is written with INSERT IGNORE, the links only where none is set yet.
-- Board applications and members keep their organisation as text (the board's demo data is loaded later).

INSERT IGNORE INTO organisation (id, name, name_key, org_type, register_number, verified_at) VALUES
    (1, 'Architekturbüro Klein & Partner', 'architekturbüro klein & partner', 'COMPANY', 'PR 112', '2026-09-01 09:00:00'),
    (2, 'Seniorenbeirat Musterstadt', 'seniorenbeirat musterstadt', 'ASSOCIATION', NULL, '2026-09-01 09:00:00'),
    (3, 'Hochschule Musterstadt', 'hochschule musterstadt', 'UNIVERSITY', NULL, '2026-09-01 09:00:00'),
    (4, 'Ingenieurbüro Wiśniewska', 'ingenieurbüro wiśniewska', 'COMPANY', NULL, '2026-09-01 09:00:00'),
    (5, 'Blinden- und Sehbehindertenverein Musterstadt e.V.', 'blinden- und sehbehindertenverein musterstadt e.v.', 'ASSOCIATION', 'VR 118', '2026-09-01 09:00:00'),
    (6, 'Friseursalon Schnittpunkt', 'friseursalon schnittpunkt', 'COMPANY', NULL, '2026-09-01 09:00:00'),
    (7, 'Interkultureller Verein Brücke e.V.', 'interkultureller verein brücke e.v.', 'ASSOCIATION', 'VR 122', '2026-09-01 09:00:00'),
    (8, 'Lebenshilfe Musterstadt e.V.', 'lebenshilfe musterstadt e.v.', 'ASSOCIATION', 'VR 126', '2026-09-01 09:00:00'),
    (9, 'Institut für Energie und Stadtentwicklung der Hochschule Musterstadt', 'institut für energie und stadtentwicklung der hochschule musterstadt', 'RESEARCH_INSTITUTION', NULL, '2026-09-01 09:00:00'),
    (10, 'Radentscheid Musterstadt e.V.', 'radentscheid musterstadt e.v.', 'ASSOCIATION', 'VR 109', '2026-09-01 09:00:00'),
    (11, 'Pflegedienst Sonnenschein GmbH', 'pflegedienst sonnenschein gmbh', 'COMPANY', 'HRB 1131', '2026-09-01 09:00:00'),
    (12, 'Handwerkskammer Musterstadt', 'handwerkskammer musterstadt', 'PUBLIC_BODY', NULL, '2026-09-01 09:00:00'),
    (13, 'Stadtteilverein Altstadt e.V.', 'stadtteilverein altstadt e.v.', 'ASSOCIATION', 'VR 115', '2026-09-01 09:00:00'),
    (14, 'Café am Hafenbecken', 'café am hafenbecken', 'COMPANY', NULL, '2026-09-01 09:00:00'),
    (15, 'Hochschule Musterstadt, Fachbereich Umwelttechnik', 'hochschule musterstadt, fachbereich umwelttechnik', 'UNIVERSITY', NULL, '2026-09-01 09:00:00'),
    (16, 'Autohaus Wagner GmbH', 'autohaus wagner gmbh', 'COMPANY', 'HRB 1135', '2026-09-01 09:00:00'),
    (17, 'Tafel Musterstadt e.V.', 'tafel musterstadt e.v.', 'ASSOCIATION', 'VR 117', '2026-09-01 09:00:00'),
    (18, 'Stadtverwaltung Musterstadt, Ordnungsamt', 'stadtverwaltung musterstadt, ordnungsamt', 'PUBLIC_BODY', NULL, '2026-09-01 09:00:00'),
    (19, 'Studierendenwerk Musterstadt', 'studierendenwerk musterstadt', 'PUBLIC_BODY', NULL, '2026-09-01 09:00:00'),
    (20, 'Hausverwaltung Lindner & Co. KG', 'hausverwaltung lindner & co. kg', 'COMPANY', 'HRA 1103', '2026-09-01 09:00:00');

INSERT IGNORE INTO organisation_representative (id, organisation_id, profile_id, request_id, since) VALUES
    (1, 1, 1112, NULL, '2026-09-01 09:00:00'),
    (2, 2, 1120, NULL, '2026-09-01 09:00:00'),
    (3, 3, 1002, NULL, '2026-09-01 09:00:00'),
    (4, 4, 1125, NULL, '2026-09-01 09:00:00'),
    (5, 5, 1118, NULL, '2026-09-01 09:00:00'),
    (6, 6, 1128, NULL, '2026-09-01 09:00:00'),
    (7, 7, 1122, NULL, '2026-09-01 09:00:00'),
    (8, 8, 1126, NULL, '2026-09-01 09:00:00'),
    (9, 9, 1113, NULL, '2026-09-01 09:00:00'),
    (10, 10, 1109, NULL, '2026-09-01 09:00:00'),
    (11, 11, 1131, NULL, '2026-09-01 09:00:00'),
    (12, 12, 1104, NULL, '2026-09-01 09:00:00'),
    (13, 13, 1115, NULL, '2026-09-01 09:00:00'),
    (14, 14, 1129, NULL, '2026-09-01 09:00:00'),
    (15, 15, 1113, NULL, '2026-09-01 09:00:00'),
    (16, 16, 1135, NULL, '2026-09-01 09:00:00'),
    (17, 17, 1117, NULL, '2026-09-01 09:00:00'),
    (18, 18, 1116, NULL, '2026-09-01 09:00:00'),
    (19, 19, 1133, NULL, '2026-09-01 09:00:00'),
    (20, 20, 1103, NULL, '2026-09-01 09:00:00');

UPDATE need SET organisation_id = 1 WHERE id IN (3) AND organisation_id IS NULL AND organisation = 'Architekturbüro Klein & Partner';
UPDATE need SET organisation_id = 2 WHERE id IN (5) AND organisation_id IS NULL AND organisation = 'Seniorenbeirat Musterstadt';
UPDATE need SET organisation_id = 3 WHERE id IN (6) AND organisation_id IS NULL AND organisation = 'Hochschule Musterstadt';
UPDATE need SET organisation_id = 4 WHERE id IN (8) AND organisation_id IS NULL AND organisation = 'Ingenieurbüro Wiśniewska';
UPDATE need SET organisation_id = 5 WHERE id IN (9) AND organisation_id IS NULL AND organisation = 'Blinden- und Sehbehindertenverein Musterstadt e.V.';
UPDATE need SET organisation_id = 6 WHERE id IN (13) AND organisation_id IS NULL AND organisation = 'Friseursalon Schnittpunkt';
UPDATE need SET organisation_id = 7 WHERE id IN (18) AND organisation_id IS NULL AND organisation = 'Interkultureller Verein Brücke e.V.';
UPDATE need SET organisation_id = 8 WHERE id IN (19) AND organisation_id IS NULL AND organisation = 'Lebenshilfe Musterstadt e.V.';
UPDATE need SET organisation_id = 9 WHERE id IN (24) AND organisation_id IS NULL AND organisation = 'Institut für Energie und Stadtentwicklung der Hochschule Musterstadt';
UPDATE need SET organisation_id = 10 WHERE id IN (25) AND organisation_id IS NULL AND organisation = 'Radentscheid Musterstadt e.V.';
UPDATE need SET organisation_id = 11 WHERE id IN (26) AND organisation_id IS NULL AND organisation = 'Pflegedienst Sonnenschein GmbH';
UPDATE need SET organisation_id = 12 WHERE id IN (29) AND organisation_id IS NULL AND organisation = 'Handwerkskammer Musterstadt';
UPDATE need SET organisation_id = 13 WHERE id IN (36) AND organisation_id IS NULL AND organisation = 'Stadtteilverein Altstadt e.V.';
UPDATE need SET organisation_id = 14 WHERE id IN (37) AND organisation_id IS NULL AND organisation = 'Café am Hafenbecken';
UPDATE need SET organisation_id = 15 WHERE id IN (44) AND organisation_id IS NULL AND organisation = 'Hochschule Musterstadt, Fachbereich Umwelttechnik';
UPDATE need SET organisation_id = 16 WHERE id IN (45) AND organisation_id IS NULL AND organisation = 'Autohaus Wagner GmbH';
UPDATE need SET organisation_id = 17 WHERE id IN (53) AND organisation_id IS NULL AND organisation = 'Tafel Musterstadt e.V.';
UPDATE need SET organisation_id = 18 WHERE id IN (54) AND organisation_id IS NULL AND organisation = 'Stadtverwaltung Musterstadt, Ordnungsamt';
UPDATE need SET organisation_id = 19 WHERE id IN (59) AND organisation_id IS NULL AND organisation = 'Studierendenwerk Musterstadt';
UPDATE need SET organisation_id = 20 WHERE id IN (66) AND organisation_id IS NULL AND organisation = 'Hausverwaltung Lindner & Co. KG';
